"use client";

import { ArrowLeft, Columns2, History } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { MIN_SCORED_REP_LINES } from "@/lib/practice/rubric/too-short";
import { Alert } from "@/components/ui/alert";
import { useUserTimeZone } from "@/hooks/use-me";
import { Button } from "@/components/ui/button";
import type { KeyMoment } from "@/lib/practice/types";
import type { CallDetail, TranscriptEntry } from "./api-types";
import { CallDetailsForm } from "./call-details-form";
import { CallHeader } from "./call-header";
import { Debrief } from "./debrief";
import { formatDuration, usePracticeLabels } from "./labels";
import { QuickScoreCard } from "./quick-score-card";
import { RepracticeButton } from "./repractice-button";
import { ScoreStateCard } from "./score-state-card";
import { TranscriptPanel, transcriptLineId } from "./transcript-panel";

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** An ended call: the quick score at once, replaced by the debrief when it is ready, and the transcript. */
export function CallResult({ detail }: { detail: CallDetail }) {
  const t = useTranslations("Practice");
  const { call, persona, transcript, score } = detail;
  const [highlightedId, setHighlightedId] = useState<TranscriptEntry["id"] | null>(null);
  const timeZone = useUserTimeZone();
  const labels = usePracticeLabels();

  function showMoment(moment: Pick<KeyMoment, "quote">) {
    const quote = normalise(moment.quote);
    const entry = transcript.find((e) => normalise(e.content).includes(quote));
    if (!entry) return;
    setHighlightedId(entry.id);
    const line = document.getElementById(transcriptLineId(entry.id));
    line?.scrollIntoView({ behavior: "smooth", block: "center" });
    line?.focus({ preventScroll: true });
  }

  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <CallHeader call={call} persona={persona} phase="ended" offline={false}>
        {call.title ? <p className="font-medium">{call.title}</p> : null}
        <p className="text-sm text-muted-foreground">
          {call.endedAt ? labels.date(call.endedAt, timeZone) : null}
          {call.durationSeconds === null ? null : ` · ${formatDuration(call.durationSeconds)}`}
        </p>
      </CallHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <div className="grid gap-4">
          {score?.status === "ready" ? (
            <Debrief
              score={score}
              quickScore={score.quickScore ?? call.quickScore}
              hiddenPains={detail.hiddenPains}
              progress={detail.progress}
              mode={call.mode}
              callId={call.id}
              disputes={detail.disputes}
              hints={detail.hints}
              onShowMoment={showMoment}
            />
          ) : score?.status === "too_short" ? (
            <Alert>
              <p className="font-medium">{t("tooShort")}</p>
              <p className="text-muted-foreground">{t("tooShortBody", { count: MIN_SCORED_REP_LINES })}</p>
            </Alert>
          ) : (
            <>
              {call.quickScore ? <QuickScoreCard quickScore={call.quickScore} /> : null}
              <ScoreStateCard callId={call.id} state={score?.status === "failed" ? score : { status: "pending" }} />
            </>
          )}
          <CallDetailsForm call={call} />
        </div>
        <TranscriptPanel
          entries={transcript}
          personaName={persona.name}
          highlightedId={highlightedId}
          className="lg:sticky lg:top-4 lg:max-h-[calc(100dvh-6rem)]"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/practice">
            <ArrowLeft aria-hidden />
            {t("practiseAgainShort")}
          </Link>
        </Button>
        <RepracticeButton callId={call.id} personaName={persona.name} />
        {detail.previousAttemptId ? (
          <Button asChild variant="outline">
            <Link href={`/practice/compare?a=${detail.previousAttemptId}&b=${call.id}`}>
              <Columns2 aria-hidden />
              {t("compareLast")}
            </Link>
          </Button>
        ) : null}
        <Button asChild variant="outline">
          <Link href="/practice/history">
            <History aria-hidden />
            {t("callHistory")}
          </Link>
        </Button>
      </div>
    </div>
  );
}
