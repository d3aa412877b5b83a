"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useSaveWellbeingSettings, useWellbeingSettings } from "@/hooks/use-wellbeing";

/** Coach sharing and reminder times; each change saves at once. */
export function WellbeingSettingsForm() {
  const t = useTranslations("Wellbeing");
  const settings = useWellbeingSettings();
  const save = useSaveWellbeingSettings();
  if (settings.error) return <Alert variant="error">{t("settingsError", { message: settings.error.message })}</Alert>;
  if (!settings.data) return <Skeleton className="h-40" />;
  const data = settings.data;
  return (
    <form className="grid max-w-xl gap-6" onSubmit={(e) => e.preventDefault()}>
      <label className="flex items-start gap-3">
        <input type="checkbox" className="mt-1 size-4" checked={data.shareMoodWithCoach} onChange={(e) => save.mutate({ shareMoodWithCoach: e.target.checked })} />
        <span className="grid gap-1">
          <span className="font-medium">{t("shareMood")}</span>
          <span className="text-sm text-muted-foreground">{t("shareMoodDetail")}</span>
        </span>
      </label>
      {(["checkinReminderTime", "meditationReminderTime"] as const).map((field) => (
        <div key={field} className="grid gap-2">
          <Label htmlFor={field}>{field === "checkinReminderTime" ? t("checkinReminder") : t("meditationReminder")}</Label>
          <div className="flex items-center gap-2">
            <Input id={field} type="time" className="w-36" value={data[field] ?? ""} onChange={(e) => save.mutate({ [field]: e.target.value || null })} />
            {data[field] ? <button type="button" className="text-sm underline" onClick={() => save.mutate({ [field]: null })}>{t("turnOff")}</button> : <span className="text-sm text-muted-foreground">{t("off")}</span>}
          </div>
        </div>
      ))}
      <p className="text-sm text-muted-foreground">
        {t.rich("remindersArrive", {
          link: (chunks) => (
            <Link className="underline" href="/settings/notifications">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {save.error ? <Alert variant="error">{t("saveError", { message: save.error.message })}</Alert> : null}
      {save.isSuccess ? <p role="status" className="text-sm text-muted-foreground">{t("savedDot")}</p> : null}
    </form>
  );
}
