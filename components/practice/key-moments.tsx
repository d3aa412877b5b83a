"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { useTranslations } from "next-intl";
import type { KeyMoment } from "@/lib/practice/types";
import { formatDuration } from "./labels";

type Props = { moments: KeyMoment[]; onShow: (moment: KeyMoment) => void };

/** Each moment is a button that takes you to its line in the transcript. */
export function KeyMoments({ moments, onShow }: Props) {
  const t = useTranslations("Practice");
  return (
    <ol className="grid gap-2">
      {moments.map((moment) => {
        const Icon = moment.kind === "positive" ? ThumbsUp : ThumbsDown;
        return (
          <li key={`${moment.timestampMs}-${moment.quote}`}>
            <button
              type="button"
              onClick={() => onShow(moment)}
              className="grid w-full gap-1 rounded-md border border-border p-3 text-left text-sm transition-colors outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
            >
              <span className="flex items-center gap-2 font-medium">
                <Icon aria-hidden className={moment.kind === "positive" ? "size-4 text-emerald-600" : "size-4 text-destructive"} />
                <span className="sr-only">{moment.kind === "positive" ? t("wentWell") : t("toImprove")}</span>
                <span className="italic break-words">“{moment.quote}”</span>
              </span>
              <span className="text-muted-foreground">
                {formatDuration(moment.timestampMs / 1000)} · {moment.note}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
