"use client";

import { useTranslations } from "next-intl";
import { EngineBadge } from "@/components/engine/engine-badge";
import { Badge } from "@/components/ui/badge";
import type { Entry } from "./api-types";
import { CareCard } from "./care-card";
import { useEmotionName, useMoodLabel } from "./use-mood-label";

/** What the analysis heard in the entry, labelled with the engine that heard it. */
export function EntryAnalysis({ entry, pending }: { entry: Entry | undefined; pending: boolean }) {
  const t = useTranslations("Wellbeing");
  const moodLabel = useMoodLabel();
  const emotionName = useEmotionName();
  const analysis = entry?.analysis;
  return (
    <aside aria-labelledby="analysis-heading" className="grid content-start gap-3 rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="analysis-heading" className="font-semibold">{t("whatIHeard")}</h2>
        {analysis ? <EngineBadge engine={analysis.engine === "offline" ? "built-in" : "ai"} /> : null}
      </div>
      {entry?.care ? <CareCard resources={entry.care.resources} /> : null}
      {!analysis ? (
        <p className="text-sm text-muted-foreground">{pending ? t("analysisPending") : t("analysisEmpty")}</p>
      ) : (
        <div className="grid gap-3 text-sm">
          <p>
            <span className="font-medium">{t("moodLabel")}</span> {moodLabel(analysis.mood)} ({analysis.mood}/5)
          </p>
          {analysis.emotions.length ? (
            <ul aria-label={t("emotions")} className="flex flex-wrap gap-1.5">
              {analysis.emotions.slice(0, 5).map((e) => (
                <li key={e.emotion}>
                  <Badge variant="secondary">
                    {emotionName(e.emotion)} {Math.round(e.intensity * 100)}%
                  </Badge>
                </li>
              ))}
            </ul>
          ) : null}
          {analysis.themes.length ? <p>
              <span className="font-medium">{t("themes")}</span> {analysis.themes.join(", ")}
            </p> : null}
          {analysis.summary ? <blockquote className="border-l-2 border-border pl-3 text-muted-foreground">{analysis.summary}</blockquote> : null}
        </div>
      )}
    </aside>
  );
}
