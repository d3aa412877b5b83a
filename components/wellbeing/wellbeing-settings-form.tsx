"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useSaveWellbeingSettings, useWellbeingSettings } from "@/hooks/use-wellbeing";

/** Coach sharing and reminder times; each change saves at once. */
export function WellbeingSettingsForm() {
  const settings = useWellbeingSettings();
  const save = useSaveWellbeingSettings();
  if (settings.error) return <Alert variant="error">Could not load your settings: {settings.error.message}</Alert>;
  if (!settings.data) return <Skeleton className="h-40" />;
  const data = settings.data;
  return (
    <form className="grid max-w-xl gap-6" onSubmit={(e) => e.preventDefault()}>
      <label className="flex items-start gap-3">
        <input type="checkbox" className="mt-1 size-4" checked={data.shareMoodWithCoach} onChange={(e) => save.mutate({ shareMoodWithCoach: e.target.checked })} />
        <span className="grid gap-1">
          <span className="font-medium">Share my week&apos;s mood with the Coach</span>
          <span className="text-sm text-muted-foreground">The Coach then sees your last 7 days&apos; average mood and its direction, and entries you mark &quot;shared&quot;. Nothing else from Wellbeing.</span>
        </span>
      </label>
      {(["checkinReminderTime", "meditationReminderTime"] as const).map((field) => (
        <div key={field} className="grid gap-2">
          <Label htmlFor={field}>{field === "checkinReminderTime" ? "Daily check-in reminder" : "Meditation reminder"}</Label>
          <div className="flex items-center gap-2">
            <Input id={field} type="time" className="w-36" value={data[field] ?? ""} onChange={(e) => save.mutate({ [field]: e.target.value || null })} />
            {data[field] ? <button type="button" className="text-sm underline" onClick={() => save.mutate({ [field]: null })}>Turn off</button> : <span className="text-sm text-muted-foreground">Off</span>}
          </div>
        </div>
      ))}
      <p className="text-sm text-muted-foreground">
        Reminders arrive in the app and as push notifications, and wait out your <Link className="underline" href="/settings/notifications">quiet hours</Link>.
      </p>
      {save.error ? <Alert variant="error">Could not save: {save.error.message}</Alert> : null}
      {save.isSuccess ? <p role="status" className="text-sm text-muted-foreground">Saved.</p> : null}
    </form>
  );
}
