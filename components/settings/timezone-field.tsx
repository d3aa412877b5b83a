"use client";

import { LocateFixed } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { currentZoneName, matchesTimezone, timezoneOption, timezoneOptions } from "@/lib/timezones";

type TimezoneFieldProps = { zones: string[]; value: string; error?: string; onChange: (zone: string) => void };

/** Every IANA zone under its current name with its UTC offset, narrowed by a search box, plus a
 * one-click way to pick the zone this device is set to. */
export function TimezoneField({ zones, value, error, onChange }: TimezoneFieldProps) {
  const t = useTranslations("Settings");
  const [query, setQuery] = useState("");
  const selected = currentZoneName(value);
  const all = useMemo(() => timezoneOptions(zones, new Date()), [zones]);
  // The saved zone may be an alias (such as "UTC") missing from the canonical list; keep it selectable.
  const selectedOption = useMemo(() => all.find((o) => o.value === selected) ?? timezoneOption(selected, new Date()), [all, selected]);
  const matching = all.filter((option) => matchesTimezone(option, query));
  const options = matching.some((o) => o.value === selected) ? matching : [selectedOption, ...matching];
  const errorId = "settings-timezone-error";

  return (
    <div className="grid gap-2">
      <Label htmlFor="settings-timezone">{t("timezone")}</Label>
      <Input
        type="search"
        aria-label={t("zoneSearch")}
        aria-controls="settings-timezone"
        placeholder={t("zonePlaceholder")}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <Select
        id="settings-timezone"
        name="timezone"
        value={selected}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : "settings-timezone-count"}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <p id="settings-timezone-count" aria-live="polite" className="text-xs text-muted-foreground">
        {query.trim() ? (matching.length ? t("zonesMatching", { count: matching.length }) : t("noZoneMatch", { query: query.trim() })) : null}
      </p>
      <div>
        <Button variant="link" size="sm" className="h-auto px-0" onClick={() => onChange(currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone))}>
          <LocateFixed aria-hidden />
          {t("deviceZone")}
        </Button>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
