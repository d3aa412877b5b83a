"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { EngineBadge } from "@/components/engine/engine-badge";
import { cn } from "@/components/ui/cn";
import { type ChatTurn, isStoredTurn } from "./api-types";
import { DoneOffer } from "./done-offer";
import { MemoryChips } from "./memory-chips";
import { MessageRating } from "./message-rating";
import { WhyThisAnswer } from "./why-this-answer";

/** `showEngine`: this is the conversation's first answer from the built-in engine, which says so once. */
function Message({ turn, showEngine }: { turn: ChatTurn; showEngine: boolean }) {
  const t = useTranslations("Coach.chat");
  const mine = turn.role === "user";
  return (
    <li className={cn("flex", mine ? "justify-end" : "justify-start")}>
      <div className={cn("grid max-w-[90%] gap-2 sm:max-w-[80%]", mine && "justify-items-end")}>
        {!mine && (turn.memories.length > 0 || showEngine) ? (
          <div className="flex flex-wrap items-center gap-1.5">
            {showEngine ? <EngineBadge engine="built-in" /> : null}
            <MemoryChips memories={turn.memories} />
          </div>
        ) : null}
        <div
          className={cn("rounded-lg px-3 py-2 text-sm", mine ? "bg-primary text-primary-foreground" : "bg-muted text-foreground")}
          aria-busy={turn.streaming || undefined}
        >
          <p className="sr-only">{mine ? t("youSaid") : t("coachSaid")}</p>
          <p className="break-words whitespace-pre-wrap">
            {turn.content}
            {turn.streaming ? <span aria-hidden className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-current align-text-bottom motion-reduce:animate-none" /> : null}
          </p>
        </div>
        {!mine && !turn.streaming && turn.doneActionItem ? <DoneOffer item={turn.doneActionItem} /> : null}
        {!mine && !turn.streaming && isStoredTurn(turn) ? <MessageRating messageId={turn.id} initial={turn.rating} /> : null}
        {!mine && !turn.streaming && isStoredTurn(turn) ? <WhyThisAnswer messageId={turn.id} /> : null}
      </div>
    </li>
  );
}

/** The conversation so far; follows the answer as it streams in. */
export function MessageList({ turns, className }: { turns: ChatTurn[]; className?: string }) {
  const t = useTranslations("Coach.chat");
  const end = useRef<HTMLLIElement>(null);
  const last = turns.at(-1);
  const firstBuiltIn = turns.find((turn) => turn.role !== "user" && turn.offline)?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [turns.length, last?.content]);

  return (
    <ol aria-label={t("conversation")} aria-live="polite" className={cn("grid content-start gap-4 overflow-y-auto", className)}>
      {turns.map((turn) => (
        <Message key={turn.id} turn={turn} showEngine={turn.id === firstBuiltIn} />
      ))}
      <li ref={end} aria-hidden />
    </ol>
  );
}
