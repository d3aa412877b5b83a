"use client";

import { PhoneCall } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useCreateCall } from "@/hooks/use-practice-call";
import { usePersonas, type GeneratedPersona } from "@/hooks/use-practice-personas";
import type { PublicPersona } from "@/lib/practice/persona/personas";
import type { CallMode } from "@/lib/practice/types";
import { GeneratePersonaDialog } from "./generate-persona-dialog";
import { usePracticeLabels } from "./labels";
import { ModePicker } from "./mode-picker";
import { filterPersonas, noPersonaFilters, PersonaFilters } from "./persona-filters";
import { PersonaList } from "./persona-list";

/** Mode, then persona, then "Start call": creates the call and opens its page. The page passes the
 * personas it read on the server, so the list renders with the HTML. */
export function PracticePicker({ initialPersonas }: { initialPersonas?: PublicPersona[] }) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const router = useRouter();
  const personas = usePersonas(initialPersonas);
  const createCall = useCreateCall();
  const [mode, setMode] = useState<CallMode>("cold_call");
  const [filters, setFilters] = useState(noPersonaFilters);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [generated, setGenerated] = useState<GeneratedPersona | null>(null);
  const selected = personas.data?.find((p) => p.id === selectedId);

  function onGenerated(result: GeneratedPersona) {
    setGenerated(result);
    setFilters(noPersonaFilters);
    setSelectedId(result.persona.id);
  }

  function start() {
    if (!selected) return;
    createCall.mutate({ mode, personaId: selected.id }, { onSuccess: (call) => router.push(`/practice/calls/${call.id}`) });
  }

  const starting = createCall.isPending || createCall.isSuccess;
  return (
    <div className="grid gap-8">
      <ModePicker value={mode} onChange={setMode} />
      <fieldset className="grid gap-4">
        <legend className="mb-4 text-lg font-semibold">{t("choosePersona")}</legend>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-muted-foreground">{t("presetsIntro")}</p>
          <GeneratePersonaDialog onGenerated={onGenerated} />
        </div>
        {generated ? (
          <Alert variant="success">
            {t("createdPersona", { name: generated.persona.name, role: generated.persona.role, by: generated.generatedBy })}
          </Alert>
        ) : null}
        <PersonaFilters values={filters} onChange={setFilters} />
        <PersonaList
          personas={personas.data && filterPersonas(personas.data, filters)}
          error={personas.error}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onClearFilters={() => setFilters(noPersonaFilters)}
        />
      </fieldset>
      <div className="sticky bottom-0 z-10 -mx-4 grid gap-3 border-t border-border bg-background/95 px-4 py-3 sm:-mx-6 sm:px-6 lg:-mx-10 lg:px-10 backdrop-blur sm:flex sm:items-center sm:justify-between">
        {createCall.error ? <Alert variant="error">{createCall.error.message}</Alert> : null}
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {selected ? t("modeWith", { mode: labels.mode(mode), name: selected.name }) : t("pickPersona")}
        </p>
        <Button size="lg" onClick={start} disabled={!selected || starting}>
          {starting ? <Spinner /> : <PhoneCall aria-hidden />}
          {t("startCall")}
        </Button>
      </div>
    </div>
  );
}
