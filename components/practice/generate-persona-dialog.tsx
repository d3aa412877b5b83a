"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Sparkles } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { generatePersonaAction } from "@/app/(app)/practice/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useFormAction } from "@/hooks/use-form-action";
import { personasQueryKey, type GeneratedPersona, type GeneratePersonaInput } from "@/hooks/use-practice-personas";
import type { PublicPersona } from "./api-types";
import { difficulties, personalities } from "@/lib/practice/types";
import { usePracticeLabels } from "./labels";

const initial: GeneratePersonaInput = { industry: "", role: "", personality: "skeptical", difficulty: "medium" };

/** t("title"): the new buyer is handed to `onGenerated` and the dialog closes. */
export function GeneratePersonaDialog({ onGenerated }: { onGenerated: (result: GeneratedPersona) => void }) {
  const t = useTranslations("Practice.generate");
  const labels = usePracticeLabels();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(initial);
  const queryClient = useQueryClient();
  const generate = useFormAction(generatePersonaAction, {
    onSuccess: (result) => {
      queryClient.setQueryData<PublicPersona[]>(personasQueryKey, (list) => (list ? [...list, result.persona] : [result.persona]));
      onGenerated(result);
      setValues(initial);
      setOpen(false);
    },
  });
  const fields = generate.error?.fields ?? {};
  const set = <K extends keyof GeneratePersonaInput>(key: K, value: GeneratePersonaInput[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <Dialog open={open} onOpenChange={(next) => (generate.pending ? undefined : setOpen(next))}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Sparkles aria-hidden />
          {t("title")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("title")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        <form action={generate.formAction} onSubmit={generate.onSubmit} noValidate className="grid gap-4" aria-label={t("title")}>
          {generate.error ? <Alert variant="error">{generate.error.message}</Alert> : null}
          <TextField idPrefix="generate" name="industry" label={t("industry")} required minLength={2} maxLength={80}
            value={values.industry} onChange={(e) => set("industry", e.target.value)} error={fields.industry} />
          <TextField idPrefix="generate" name="role" label={t("role")} required minLength={2} maxLength={80}
            value={values.role} onChange={(e) => set("role", e.target.value)} error={fields.role} />
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-2">
              <Label htmlFor="generate-personality">{t("personality")}</Label>
              <Select id="generate-personality" name="personality" value={values.personality}
                onChange={(e) => set("personality", e.target.value as GeneratePersonaInput["personality"])}>
                {personalities.map((p) => (
                  <option key={p} value={p}>{labels.personality(p)}</option>
                ))}
              </Select>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="generate-difficulty">{t("difficulty")}</Label>
              <Select id="generate-difficulty" name="difficulty" value={values.difficulty}
                onChange={(e) => set("difficulty", e.target.value as GeneratePersonaInput["difficulty"])}>
                {difficulties.map((d) => (
                  <option key={d} value={d}>{labels.difficulty(d)}</option>
                ))}
              </Select>
            </div>
          </div>
          <DialogFooter>
            <Button type="submit" disabled={generate.pending}>
              {generate.pending ? <Spinner /> : <Sparkles aria-hidden />}
              {generate.pending ? t("generating") : t("generate")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
