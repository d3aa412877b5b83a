"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { difficulties, personalities, type Difficulty, type Personality } from "@/lib/practice/types";
import type { PublicPersona } from "./api-types";
import { usePracticeLabels } from "./labels";

export type PersonaFilterValues = {
  search: string;
  personality: Personality | "";
  difficulty: Difficulty | "";
  source: "all" | "preset" | "mine";
};

export const noPersonaFilters: PersonaFilterValues = { search: "", personality: "", difficulty: "", source: "all" };

export function filterPersonas(personas: PublicPersona[], f: PersonaFilterValues): PublicPersona[] {
  const search = f.search.trim().toLowerCase();
  return personas.filter(
    (p) =>
      (!search || [p.industry, p.role, p.company, p.name].some((text) => text.toLowerCase().includes(search))) &&
      (!f.personality || p.personality === f.personality) &&
      (!f.difficulty || p.difficulty === f.difficulty) &&
      (f.source === "all" || p.preset === (f.source === "preset")),
  );
}

type Props = { values: PersonaFilterValues; onChange: (values: PersonaFilterValues) => void };

export function PersonaFilters({ values, onChange }: Props) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const set = <K extends keyof PersonaFilterValues>(key: K, value: PersonaFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div role="search" aria-label={t("filterPersonas")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="grid gap-2">
        <Label htmlFor="persona-search">{t("industry")}</Label>
        <Input
          id="persona-search"
          type="search"
          placeholder={t("industryPlaceholder")}
          value={values.search}
          onChange={(e) => set("search", e.target.value)}
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="persona-personality">{t("personality")}</Label>
        <Select id="persona-personality" value={values.personality} onChange={(e) => set("personality", e.target.value as Personality | "")}>
          <option value="">{t("anyPersonality")}</option>
          {personalities.map((p) => (
            <option key={p} value={p}>
              {labels.personality(p)}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="persona-difficulty">{t("difficulty")}</Label>
        <Select id="persona-difficulty" value={values.difficulty} onChange={(e) => set("difficulty", e.target.value as Difficulty | "")}>
          <option value="">{t("anyDifficulty")}</option>
          {difficulties.map((d) => (
            <option key={d} value={d}>
              {labels.difficulty(d)}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="persona-source">{t("source")}</Label>
        <Select id="persona-source" value={values.source} onChange={(e) => set("source", e.target.value as PersonaFilterValues["source"])}>
          <option value="all">{t("presetsAndMine")}</option>
          <option value="preset">{t("presets")}</option>
          <option value="mine">{t("mine")}</option>
        </Select>
      </div>
    </div>
  );
}
