"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/cn";
import { useRateCoachMessage } from "@/hooks/use-rate-coach-message";
import type { ChatRating } from "./api-types";

const NOTE_MAX = 1000;

/** Thumbs up or down on one answer, kept for review; after a thumbs down, an optional note on what
 * was wrong. Pressing the other thumb replaces the rating. */
export function MessageRating({ messageId, initial }: { messageId: string; initial: ChatRating | null }) {
  const t = useTranslations("Coach.chat");
  const rate = useRateCoachMessage();
  const noteId = useId();
  const [rating, setRating] = useState<ChatRating | null>(initial);
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState(initial?.note ?? "");
  const [noteSaved, setNoteSaved] = useState(false);

  function send(value: ChatRating["rating"], withNote: string | null, then?: () => void) {
    rate.mutate(
      { messageId, rating: value, note: withNote },
      {
        onSuccess: (stored) => {
          setRating({ rating: stored.rating, note: stored.note });
          then?.();
        },
      },
    );
  }

  function onSubmitNote(event: FormEvent) {
    event.preventDefault();
    send("down", note.trim() || null, () => {
      setNoteOpen(false);
      setNoteSaved(true);
    });
  }

  return (
    <div className="grid justify-items-start gap-2">
      <div role="group" aria-label={t("rate")} className="flex items-center gap-1">
        <Button
          size="sm"
          variant="ghost"
          aria-label={t("helpful")}
          aria-pressed={rating?.rating === "up"}
          disabled={rate.isPending}
          onClick={() => send("up", null, () => setNoteOpen(false))}
        >
          <ThumbsUp aria-hidden className={cn(rating?.rating === "up" && "fill-current")} />
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={t("notHelpful")}
          aria-pressed={rating?.rating === "down"}
          disabled={rate.isPending}
          onClick={() => send("down", rating?.rating === "down" ? rating.note : null, () => setNoteOpen(true))}
        >
          <ThumbsDown aria-hidden className={cn(rating?.rating === "down" && "fill-current")} />
        </Button>
        {noteSaved && !noteOpen ? (
          <span role="status" className="text-xs text-muted-foreground">
            {t("thanks")}
          </span>
        ) : null}
      </div>
      {rate.error ? <Alert variant="error">{rate.error.message}</Alert> : null}
      {noteOpen ? (
        <form onSubmit={onSubmitNote} className="grid w-full gap-2" aria-label={t("whatWrongForm")}>
          <Label htmlFor={noteId}>{t("whatWrong")}</Label>
          <textarea
            id={noteId}
            rows={2}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={cn(fieldControlClasses, "min-h-14 resize-y py-2")}
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={rate.isPending}>
              {t("sendNote")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setNoteOpen(false)}>
              {t("skip")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
