"use client";

import { LocateFixed } from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

type TimezoneFieldProps = { zones: string[]; value: string; error?: string; onChange: (zone: string) => void };

/** All IANA zones in a native select, plus a one-click way to pick the zone this device is set to. */
export function TimezoneField({ zones, value, error, onChange }: TimezoneFieldProps) {
  // The saved zone may be an alias (such as "UTC") missing from the canonical list; keep it selectable.
  const options = useMemo(() => (zones.includes(value) ? zones : [...zones, value].sort()), [zones, value]);
  const errorId = "settings-timezone-error";

  return (
    <div className="grid gap-2">
      <Label htmlFor="settings-timezone">Timezone</Label>
      <Select
        id="settings-timezone"
        name="timezone"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </Select>
      <div>
        <Button
          variant="link"
          size="sm"
          className="h-auto px-0"
          onClick={() => onChange(Intl.DateTimeFormat().resolvedOptions().timeZone)}
        >
          <LocateFixed aria-hidden />
          Use my device timezone
        </Button>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
