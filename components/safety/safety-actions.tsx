"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useSafetyActions } from "@/hooks/use-safety-actions";

const REASONS = ["harassment", "hate", "sexual", "spam", "underage", "self_harm", "other"] as const;

export type SafetyAction = "block" | "mute" | "report";

/** Block, mute and report for one person (match card, history, call screen); any of them means
 * never matched again. */
export function SafetyActions({ userId, matchId, name, onDone }: { userId: string; matchId?: string; name: string; onDone?: (action: SafetyAction) => void }) {
  const t = useTranslations("Connect");
  const { block, mute, report } = useSafetyActions();
  const [reason, setReason] = useState<string>("harassment");
  const [note, setNote] = useState("");
  const [open, setOpen] = useState(false);
  const done: SafetyAction | null = block.isSuccess ? "block" : mute.isSuccess ? "mute" : report.isSuccess ? "report" : null;
  if (done) return <Alert variant="success">{t(`done.${done}`, { name })} {t("notMatchedAgain")}</Alert>;
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="ghost" size="sm" onClick={() => block.mutate(userId, { onSuccess: () => onDone?.("block") })} disabled={block.isPending}>
        {t("block")}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => mute.mutate(userId, { onSuccess: () => onDone?.("mute") })} disabled={mute.isPending}>
        {t("mutePerson", { name })}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="sm">
            {t("report")}
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogTitle>{t("reportName", { name })}</DialogTitle>
          <DialogDescription>{t("reportDescription", { name })}</DialogDescription>
          <form
            className="grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              report.mutate({ userId, reason, note: note.trim() || undefined, matchId }, { onSuccess: () => (setOpen(false), onDone?.("report")) });
            }}
          >
            <Label htmlFor="report-reason">{t("reasonLabel")}</Label>
            <Select id="report-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
              {REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`reason.${value}`)}
                </option>
              ))}
            </Select>
            <Label htmlFor="report-note">{t("whatHappened")}</Label>
            <textarea id="report-note" className="min-h-20 rounded-md border border-input bg-background px-3 py-2 text-sm" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
            {report.error ? <Alert variant="error">{report.error.message}</Alert> : null}
            <DialogFooter>
              <Button type="submit" disabled={report.isPending}>
                {t("sendReport")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      {(block.error ?? mute.error) ? <Alert variant="error">{(block.error ?? mute.error)!.message}</Alert> : null}
    </div>
  );
}
