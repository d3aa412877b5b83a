"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { useDisputeScore } from "@/hooks/use-practice-call";
import type { RubricCategory } from "@/lib/practice/types";
import { usePracticeLabels } from "./labels";

/** "Dispute" on one category: the rep's argument goes to the re-grader; quoted lines are checked. */
export function DisputeDialog({ callId, category }: { callId: string; category: RubricCategory }) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const categoryName = labels.category(category);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const dispute = useDisputeScore(callId);
  const fieldId = `dispute-${category}-reason`;
  const error = dispute.error?.fields.reason;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    dispute.mutate({ category, reason }, { onSuccess: () => setOpen(false) });
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (dispute.isPending ? undefined : setOpen(next))}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          {t("dispute")}<span className="sr-only"> {categoryName.toLowerCase()}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("disputeTitle", { category: categoryName.toLowerCase() })}</DialogTitle>
        <DialogDescription>
          {t("disputeDescription")}
        </DialogDescription>
        <form onSubmit={submit} noValidate className="grid gap-4" aria-label={t("disputeForm", { category: categoryName })}>
          {dispute.error && !error ? <Alert variant="error">{dispute.error.message}</Alert> : null}
          <div className="grid gap-2">
            <Label htmlFor={fieldId}>{t("yourArgument")}</Label>
            <textarea
              id={fieldId}
              rows={4}
              maxLength={2_000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
              className={cn(fieldControlClasses, "py-2")}
            />
            <FieldError id={`${fieldId}-error`} message={error} />
          </div>
          <DialogFooter>
            <Button type="submit" disabled={dispute.isPending} aria-busy={dispute.isPending || undefined}>
              {dispute.isPending ? <Spinner /> : null}
              {t("regrade")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
