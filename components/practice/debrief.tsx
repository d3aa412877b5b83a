import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useUserTimeZone } from "@/hooks/use-me";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import type { PublicHint } from "@/lib/practice/hints/call-hints";
import type { CallProgress } from "@/lib/practice/progress/call-progress";
import type { CallMode, KeyMoment, QuickScore } from "@/lib/practice/types";
import type { HiddenPainResult, ReadyScore } from "./api-types";
import { CallProgressLine } from "./call-progress-line";
import { CategoryChart } from "./category-chart";
import { HiddenPains } from "./hidden-pains";
import { KeyMoments } from "./key-moments";
import { usePracticeLabels } from "./labels";
import { ScoreValue } from "./score-value";

function ListCard({ title, items }: { title: string; items: string[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid list-disc gap-2 pl-5 text-sm marker:text-primary">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** The full score: overall, categories, strengths, improvements, key moments and hidden pains. */
type Props = {
  score: ReadyScore;
  quickScore: QuickScore | null;
  hiddenPains: HiddenPainResult[] | null;
  progress: CallProgress | null;
  mode: CallMode;
  callId: string;
  disputes: PublicDispute[];
  hints: PublicHint[];
  onShowMoment: (moment: Pick<KeyMoment, "quote">) => void;
};

export function Debrief({ score, quickScore, hiddenPains, progress, mode, callId, disputes, hints, onShowMoment }: Props) {
  const t = useTranslations("Practice");
  const timeZone = useUserTimeZone();
  const labels = usePracticeLabels();
  return (
    <section aria-labelledby="debrief-heading" className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle id="debrief-heading">{t("debrief")}</CardTitle>
          <CardDescription>
            {t("scoredByOn", { scorer: labels.scorer(score.scorer), date: labels.date(score.scoredAt, timeZone) })}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <div className="flex flex-wrap items-center gap-6">
            <ScoreValue score={score.overallScore} label={t("overallScore")} />
            {quickScore ? (
              <p className="min-w-0 flex-1 basis-60 text-sm text-muted-foreground">
                {t("quickScoreFrom", { score: quickScore.overall, summary: quickScore.summary })}
                {score.scorer.startsWith("offline") ? t("fullScoreWeighs") : null}
              </p>
            ) : null}
          </div>
          {progress ? <CallProgressLine progress={progress} mode={mode} /> : null}
          {score.feedback ? <p className="text-sm">{score.feedback}</p> : null}
          <CategoryChart categories={score.categories} callId={callId} disputes={disputes} onShowQuote={(quote) => onShowMoment({ quote })} />
        </CardContent>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <ListCard title={t("strengths")} items={score.strengths} />
        <ListCard title={t("improvements")} items={score.improvements} />
      </div>
      <Section title={t("keyMoments")} description={t("keyMomentsDescription")}>
        <KeyMoments moments={score.keyMoments} onShow={onShowMoment} />
      </Section>
      {hints.length ? (
        <Section title={t("hintsUsed")} description={t("hintsUsedDescription")}>
          <ol className="grid list-decimal gap-2 pl-5 text-sm">
            {hints.map((hint) => (
              <li key={hint.id}>
                {hint.text} <span className="text-muted-foreground">{t("afterLine", { line: hint.atLine })}</span>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {hiddenPains ? (
        <Section title={t("hiddenPains")} description={t("hiddenPainsDescription")}>
          <HiddenPains pains={hiddenPains} />
        </Section>
      ) : null}
    </section>
  );
}
