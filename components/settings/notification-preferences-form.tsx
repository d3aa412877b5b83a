"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SaveBar } from "@/components/ui/save-bar";
import { Skeleton } from "@/components/ui/skeleton";
import { useNotificationPreferences, useSaveNotificationPreferences, type NotificationPreferences } from "@/hooks/use-notification-preferences";
import type { NotificationChannel } from "@/lib/notifications/kinds";

const channelNames: NotificationChannel[] = ["inApp", "push", "email"];

function Form({ initial }: { initial: NotificationPreferences }) {
  const t = useTranslations("Settings");
  const kindText = useTranslations("NotificationKinds");
  const [kinds, setKinds] = useState(initial.kinds);
  const [quiet, setQuiet] = useState(initial.quietHours !== null);
  const [start, setStart] = useState(initial.quietHours?.start ?? "22:00");
  const [end, setEnd] = useState(initial.quietHours?.end ?? "07:00");
  const [digest, setDigest] = useState(initial.emailDigest);
  const save = useSaveNotificationPreferences();

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ kinds, quietHours: quiet ? { start, end } : null, emailDigest: digest });
  }

  return (
    <form onSubmit={submit} className="grid gap-6" aria-label={t("prefsForm")}>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted-foreground">
            <th className="py-2 font-medium">{t("notifyAbout")}</th>
            {channelNames.map((c) => (
              <th key={c} className="px-2 py-2 text-center font-medium">
                {t(`channel.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {initial.catalog.map(({ kind }) => {
            const label = kindText(`${kind}.label`);
            return (
            <tr key={kind} className="border-t border-border">
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                <span className="font-medium">{label}</span>
                <span className="block text-xs text-muted-foreground">{kindText(`${kind}.description`)}</span>
              </th>
              {channelNames.map((channel) => (
                <td key={channel} className="px-2 py-2 text-center">
                  <input
                    type="checkbox"
                    className="size-4"
                    aria-label={`${label}: ${t(`channel.${channel}`)}`}
                    checked={kinds[kind][channel]}
                    onChange={(e) => setKinds((k) => ({ ...k, [kind]: { ...k[kind], [channel]: e.target.checked } }))}
                  />
                </td>
              ))}
            </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset className="grid gap-3">
        <legend className="mb-2 font-medium">{t("quietHours")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} />
          {t("quietHold", { zone: initial.timeZone })}
        </label>
        {quiet && (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <label className="flex items-center gap-2">
              {t("from")} <input type="time" required value={start} onChange={(e) => setStart(e.target.value)} className="rounded-md border border-input bg-background px-2 py-1" />
            </label>
            <label className="flex items-center gap-2">
              {t("to")} <input type="time" required value={end} onChange={(e) => setEnd(e.target.value)} className="rounded-md border border-input bg-background px-2 py-1" />
            </label>
          </div>
        )}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
        {t("digest")}
      </label>
      {save.error && <Alert variant="error">{save.error.message}</Alert>}
      <SaveBar pending={save.isPending} saved={save.isSuccess}>
        {t("saveNotifications")}
      </SaveBar>
    </form>
  );
}

/** Kind × channel toggles, quiet hours and the daily digest. */
export function NotificationPreferencesForm() {
  const { data, error } = useNotificationPreferences();
  if (error) return <Alert variant="error">{error.message}</Alert>;
  if (!data) return <Skeleton className="h-64 w-full" />;
  return <Form initial={data} />;
}
