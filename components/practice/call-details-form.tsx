"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/field";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useUpdateCall } from "@/hooks/use-practice-call";
import type { PublicCall } from "./api-types";

/** The call's own title and the rep's notes, saved together. */
export function CallDetailsForm({ call }: { call: PublicCall }) {
  const t = useTranslations("Practice");
  const [title, setTitle] = useState(call.title ?? "");
  const [notes, setNotes] = useState(call.notes ?? "");
  const update = useUpdateCall(call.id);
  const changed = title.trim() !== (call.title ?? "") || notes.trim() !== (call.notes ?? "");

  function save(event: FormEvent) {
    event.preventDefault();
    update.mutate({ title: title.trim() || null, notes: notes.trim() || null });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("titleAndNotes")}</CardTitle>
      </CardHeader>
      <CardContent>
        <form onSubmit={save} className="grid gap-4" aria-label={t("titleAndNotesForm")}>
          <TextField name="title" idPrefix="call" label={t("callTitle")} maxLength={120} value={title} placeholder={t("titlePlaceholder")} onChange={(event) => setTitle(event.target.value)} />
          <div className="grid gap-2">
            <Label htmlFor="call-notes">{t("notes")}</Label>
            <textarea
              id="call-notes"
              name="notes"
              rows={3}
              maxLength={4_000}
              value={notes}
              placeholder={t("notesPlaceholder")}
              onChange={(event) => setNotes(event.target.value)}
              className={cn(fieldControlClasses, "py-2")}
            />
          </div>
          {update.error ? <Alert variant="error">{update.error.message}</Alert> : null}
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={!changed || update.isPending} aria-busy={update.isPending || undefined}>
              {t("save")}
            </Button>
            {update.isSuccess && !changed ? <p role="status" className="text-sm text-muted-foreground">{t("saved")}</p> : null}
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
