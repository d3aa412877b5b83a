"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { usePersonas } from "@/hooks/use-practice-personas";
import { callModes, type CallMode } from "@/lib/practice/types";
import type { CallFilters } from "./api-types";
import { usePracticeLabels } from "./labels";

type Props = { values: CallFilters; onChange: (values: CallFilters) => void };

/** Mode, persona and date range; any change goes back to the first page. */
export function HistoryFilters({ values, onChange }: Props) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const personas = usePersonas();
  const set = (key: "mode" | "personaId" | "from" | "to", value: string) => onChange({ ...values, [key]: value || undefined, page: 1 });
  return (
    <div role="search" aria-label={t("filterCalls")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="grid gap-2">
        <Label htmlFor="history-mode">{t("mode")}</Label>
        <Select id="history-mode" value={values.mode ?? ""} onChange={(e) => set("mode", e.target.value)}>
          <option value="">{t("allModes")}</option>
          {callModes.map((mode: CallMode) => (
            <option key={mode} value={mode}>
              {labels.mode(mode)}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-persona">{t("persona")}</Label>
        <Select id="history-persona" value={values.personaId ?? ""} onChange={(e) => set("personaId", e.target.value)}>
          <option value="">{t("allPersonas")}</option>
          {personas.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-from">{t("from")}</Label>
        <Input id="history-from" type="date" value={values.from ?? ""} max={values.to} onChange={(e) => set("from", e.target.value)} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="history-to">{t("to")}</Label>
        <Input id="history-to" type="date" value={values.to ?? ""} min={values.from} onChange={(e) => set("to", e.target.value)} />
      </div>
    </div>
  );
}
