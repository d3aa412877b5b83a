"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import { usePrograms, wellbeingKey } from "@/hooks/use-wellbeing";
import type { Program } from "./api-types";
import { useProgramText } from "./use-program-text";
import { MeditationInsights } from "./meditation-insights";
import { MeditationSession } from "./meditation-session";
import { MoodPicker } from "./mood-picker";

/** Pick a programme and your mood, then meditate; your totals and what works sit below. */
export function MeditateView() {
  const t = useTranslations("Wellbeing");
  const programs = usePrograms();
  const text = useProgramText();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Program | null>(null);
  const [moodBefore, setMoodBefore] = useState<number | null>(null);
  const [session, setSession] = useState<{ id: string; program: Program } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const begin = async () => {
    if (!chosen || !moodBefore) return;
    try {
      const { id } = await apiRequest<{ id: string }>("/api/wellbeing/meditations", { method: "POST", body: { programId: chosen.id, moodBefore } });
      setSession({ id, program: chosen });
      setError(null);
    } catch (err) {
      setError((err as ApiError).message);
    }
  };

  if (session) {
    return (
      <Card>
        <CardContent className="pt-6">
          <MeditationSession
            program={session.program}
            meditationId={session.id}
            onDone={() => {
              setSession(null);
              setMoodBefore(null);
              void queryClient.invalidateQueries({ queryKey: [...wellbeingKey, "insights"] });
            }}
          />
        </CardContent>
      </Card>
    );
  }

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("choosePractice")}</CardTitle>
          <CardDescription>{t("practiceBuiltIn")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {programs.error ? <Alert variant="error">{t("programsError", { message: programs.error.message })}</Alert> : null}
          {programs.isPending ? <Skeleton className="h-40" /> : null}
          <ul className="grid gap-2 sm:grid-cols-2" aria-label={t("programmes")}>
            {programs.data?.map((p) => (
              <li key={p.id}>
                <button type="button" aria-pressed={chosen?.id === p.id} onClick={() => setChosen(p)} className={cn("grid h-full w-full gap-1 rounded-lg border p-3 text-left outline-none focus-visible:ring-2 focus-visible:ring-ring", chosen?.id === p.id ? "border-primary bg-primary/5" : "border-border hover:bg-accent")}>
                  <span className="font-medium">{text.title(p.id, p.title)}</span>
                  <span className="text-sm text-muted-foreground">{text.description(p.id, p.description)}</span>
                </button>
              </li>
            ))}
          </ul>
          {chosen ? (
            <div className="grid gap-3 rounded-lg border border-border p-4">
              <span className="text-sm font-medium">{t("feelBefore")}</span>
              <MoodPicker label={t("moodBefore")} value={moodBefore} onPick={setMoodBefore} />
              {error ? <Alert variant="error">{error}</Alert> : null}
              <div>
                <Button onClick={() => void begin()} disabled={!moodBefore}>{t("startProgram", { title: text.title(chosen.id, chosen.title) })}</Button>
              </div>
            </div>
          ) : null}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("yourPractice")}</CardTitle>
        </CardHeader>
        <CardContent>
          <MeditationInsights />
        </CardContent>
      </Card>
    </div>
  );
}
