"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { TranscriptEntry } from "./api-types";
import { formatDuration } from "./labels";

type Props = {
  entries: TranscriptEntry[];
  personaName: string;
  /** The persona's line while it streams in, or until its stored copy arrives. */
  pendingReply?: string | null;
  highlightedId?: TranscriptEntry["id"] | null;
  className?: string;
};

export const transcriptLineId = (entryId: TranscriptEntry["id"]) => `line-${entryId}`;

function Line({ speaker, content, timestampMs, rep, highlighted, id }: {
  speaker: string; content: string; timestampMs?: number; rep: boolean; highlighted?: boolean; id?: string;
}) {
  return (
    <li id={id} tabIndex={id ? -1 : undefined} className={cn("flex scroll-m-4 outline-none", rep ? "justify-end" : "justify-start")}>
      <div
        className={cn(
          "grid max-w-[85%] gap-1 rounded-lg px-3 py-2 text-sm transition-shadow",
          rep ? "bg-primary text-primary-foreground" : "bg-muted text-foreground",
          highlighted && "ring-2 ring-amber-500 ring-offset-2 ring-offset-background",
        )}
      >
        <p className="text-xs font-medium">
          {speaker}
          {timestampMs === undefined ? null : <span className="font-normal"> · {formatDuration(timestampMs / 1000)}</span>}
        </p>
        <p className="break-words whitespace-pre-wrap">{content}</p>
      </div>
    </li>
  );
}

export function TranscriptPanel({ entries, personaName, pendingReply, highlightedId, className }: Props) {
  const t = useTranslations("Practice");
  const end = useRef<HTMLLIElement>(null);
  const follow = highlightedId === undefined;
  // Scrolling forces a layout of the whole page; an empty transcript has no last line to follow.
  const hasLines = entries.length > 0 || Boolean(pendingReply);
  useEffect(() => {
    if (follow && hasLines) end.current?.scrollIntoView({ block: "nearest" });
  }, [entries.length, pendingReply, follow, hasLines]);

  return (
    <section aria-labelledby="transcript-heading" className={cn("grid min-h-0 grid-rows-[auto_minmax(0,1fr)] gap-2", className)}>
      <h2 id="transcript-heading" className="text-sm font-semibold text-muted-foreground">
        {t("transcript")}
      </h2>
      <ol aria-live="polite" className="grid content-start gap-3 overflow-y-auto rounded-lg border border-border bg-card p-3 sm:p-4">
        {entries.length === 0 && !pendingReply ? <li className="text-sm text-muted-foreground">{t("noLines")}</li> : null}
        {entries.map((entry) => (
          <Line
            key={entry.clientId}
            id={transcriptLineId(entry.id)}
            speaker={entry.role === "rep" ? t("you") : personaName}
            content={entry.content}
            timestampMs={entry.timestampMs}
            rep={entry.role === "rep"}
            highlighted={entry.id === highlightedId}
          />
        ))}
        {pendingReply ? <Line speaker={personaName} content={pendingReply} rep={false} /> : null}
        <li ref={end} aria-hidden />
      </ol>
    </section>
  );
}
