"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { PublicPersona } from "./api-types";
import { PersonaCard } from "./persona-card";

type Props = {
  personas: PublicPersona[] | undefined;
  error: Error | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onClearFilters: () => void;
};

export function PersonaList({ personas, error, selectedId, onSelect, onClearFilters }: Props) {
  const t = useTranslations("Practice");
  if (error) return <Alert variant="error">{t("personasError", { message: error.message })}</Alert>;
  if (!personas) {
    return (
      <div role="status" aria-label={t("loadingPersonas")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-40" />
        ))}
      </div>
    );
  }
  if (personas.length === 0) {
    return (
      <div className="grid justify-items-start gap-3 rounded-lg border border-dashed border-border p-6">
        <p className="text-muted-foreground">{t("noPersonaMatch")}</p>
        <Button variant="outline" size="sm" onClick={onClearFilters}>
          {t("clearFilters")}
        </Button>
      </div>
    );
  }
  return (
    <ul aria-label={t("personas")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {personas.map((persona) => (
        <PersonaCard key={persona.id} persona={persona} selected={persona.id === selectedId} onSelect={() => onSelect(persona.id)} />
      ))}
    </ul>
  );
}
