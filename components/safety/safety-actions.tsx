"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useSafetyActions } from "@/hooks/use-safety-actions";

const REASONS = [
  ["harassment", "Harassment or bullying"],
  ["hate", "Hate speech"],
  ["sexual", "Sexual content"],
  ["spam", "Spam or scams"],
  ["underage", "Seems under age for this"],
  ["self_harm", "Talk of self-harm"],
  ["other", "Something else"],
] as const;

export type SafetyAction = "block" | "mute" | "report";

const DONE: Record<SafetyAction, (name: string) => string> = {
  block: (name) => `You blocked ${name}.`,
  mute: (name) => `You muted ${name}: no notifications about them, and they are not told.`,
  report: () => "Thanks. A moderator will review your report.",
};

/** Block, mute and report for one person (match card, history, call screen); any of them means
 * never matched again. */
export function SafetyActions({ userId, matchId, name, onDone }: { userId: string; matchId?: string; name: string; onDone?: (action: SafetyAction) => void }) {
  const { block, mute, report } = useSafetyActions();
  const [reason, setReason] = useState<string>("harassment");
  const [note, setNote] = useState("");
  const [open, setOpen] = useState(false);
  const done: SafetyAction | null = block.isSuccess ? "block" : mute.isSuccess ? "mute" : report.isSuccess ? "report" : null;
  if (done) return <Alert variant="success">{DONE[done](name)} You will not be matched again.</Alert>;
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="ghost" size="sm" onClick={() => block.mutate(userId, { onSuccess: () => onDone?.("block") })} disabled={block.isPending}>
        Block
      </Button>
      <Button variant="ghost" size="sm" onClick={() => mute.mutate(userId, { onSuccess: () => onDone?.("mute") })} disabled={mute.isPending}>
        Mute
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="sm">
            Report
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogTitle>Report {name}</DialogTitle>
          <DialogDescription>Moderators read reports. You will never be matched with {name} again.</DialogDescription>
          <form
            className="grid gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              report.mutate({ userId, reason, note: note.trim() || undefined, matchId }, { onSuccess: () => (setOpen(false), onDone?.("report")) });
            }}
          >
            <Label htmlFor="report-reason">Reason</Label>
            <Select id="report-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
              {REASONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
            <Label htmlFor="report-note">What happened (optional)</Label>
            <textarea id="report-note" className="min-h-20 rounded-md border border-input bg-background px-3 py-2 text-sm" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
            {report.error ? <Alert variant="error">{report.error.message}</Alert> : null}
            <DialogFooter>
              <Button type="submit" disabled={report.isPending}>
                Send report
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      {(block.error ?? mute.error) ? <Alert variant="error">{(block.error ?? mute.error)!.message}</Alert> : null}
    </div>
  );
}
