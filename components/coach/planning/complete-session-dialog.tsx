"use client";

import { CircleCheck, Star } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import { useCompleteSession } from "@/hooks/use-coach-sessions";
import type { Session } from "./api-types";

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Rate the session 1–5; the answer shows the outcome summary and the action items it suggested. */
export function CompleteSessionDialog({ session }: { session: Session }) {
  const t = useTranslations("CoachPlanning.complete");
  const [open, setOpen] = useState(false);
  const [rating, setRating] = useState<number | null>(null);
  const [ratingError, setRatingError] = useState<string>();
  const complete = useCompleteSession();
  const result = complete.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rating === null) return setRatingError(t("ratingRequired"));
    setRatingError(undefined);
    complete.mutate({ id: session.id, rating });
  }

  function toggle(next: boolean) {
    setOpen(next);
    if (!next && !complete.isPending) {
      if (result) complete.refreshSessions();
      complete.reset();
      setRating(null);
    }
  }

  return (
    <Dialog open={open} onOpenChange={toggle}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <CircleCheck aria-hidden />
          {t("complete")}
          <span className="sr-only">{t("srSession", { goal: session.goal })}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t(result ? "doneTitle" : "title")}</DialogTitle>
        <DialogDescription className="break-words">{session.goal}</DialogDescription>
        {result ? (
          <div className="grid gap-4">
            <div className="grid gap-1">
              <h3 className="text-sm font-semibold">{t("outcome")}</h3>
              <p className="text-sm break-words">{result.outcome.summary}</p>
              {result.outcome.provider === "offline" ? <p className="text-xs text-muted-foreground">{t("offline")}</p> : null}
            </div>
            {result.actionItems.length > 0 ? (
              <div className="grid gap-2">
                <h3 className="text-sm font-semibold">{t("suggested")}</h3>
                <ul className="grid list-disc gap-1 pl-5 text-sm">
                  {result.actionItems.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ul>
                <p className="text-sm text-muted-foreground">
                  {t.rich("confirmOn", {
                    link: (chunks) => (
                      <Link href="/coach/goals" className="font-medium text-primary underline underline-offset-4">
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
              </div>
            ) : null}
            <DialogFooter>
              <DialogClose asChild>
                <Button>{t("done")}</Button>
              </DialogClose>
            </DialogFooter>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-4">
            {complete.error ? <Alert variant="error">{complete.error.message}</Alert> : null}
            <fieldset className="grid gap-2" aria-describedby={ratingError ? "session-rating-error" : undefined}>
              <legend className="mb-1 text-sm font-medium">{t("howUseful")}</legend>
              <div className="flex flex-wrap gap-2">
                {RATINGS.map((value) => (
                  <label
                    key={value}
                    className={cn(
                      "flex cursor-pointer items-center gap-1.5 rounded-md border border-border px-3 py-2 text-sm has-checked:border-primary has-checked:bg-accent has-focus-visible:ring-2 has-focus-visible:ring-ring",
                    )}
                  >
                    <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} className="sr-only" />
                    <Star aria-hidden className={cn("size-4", rating !== null && value <= rating ? "fill-primary text-primary" : "text-muted-foreground")} />
                    {value}
                    <span className="sr-only">{t("ratingLabel", { label: t(`rating.${value}`) })}</span>
                  </label>
                ))}
              </div>
              <FieldError id="session-rating-error" message={ratingError} />
            </fieldset>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">{t("notYet")}</Button>
              </DialogClose>
              <Button type="submit" disabled={complete.isPending} aria-busy={complete.isPending || undefined}>
                {complete.isPending ? <Spinner /> : null}
                {t("submit")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
