"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CalendarPlus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { scheduleSessionAction } from "@/app/(app)/coach/sessions/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, TextField } from "@/components/ui/field";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import { sessionsKey } from "@/hooks/use-coach-sessions";
import { useFormAction } from "@/hooks/use-form-action";
import { formatSessionTime, frameworks, type Framework } from "./labels";
import { tomorrowIn, zonedToIso } from "./local-time";

const DURATIONS = [15, 30, 45, 60, 90, 120];

type Values = { date: string; time: string; durationMinutes: number; framework: Framework; goal: string };

type CheckError = "chooseDay" | "chooseTime" | "futureTime" | "goalRequired";

function check(values: Values, timezone: string): Record<string, CheckError> {
  const errors: Record<string, CheckError> = {};
  const iso = zonedToIso(values.date, values.time, timezone);
  if (!values.date) errors.date = "chooseDay";
  if (!values.time) errors.time = "chooseTime";
  if (iso && Date.parse(iso) <= Date.now()) errors.time = "futureTime";
  if (!values.goal.trim()) errors.goal = "goalRequired";
  return errors;
}

/** Day and time are read in the user's coaching timezone, whatever the device is set to; the form
 * names that zone so the action reads them the same way before hydration. */
export function SessionScheduleForm({ timezone }: { timezone: string }) {
  const t = useTranslations("CoachPlanning.schedule");
  const tf = useTranslations("CoachPlanning.frameworks");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => ({ date: tomorrowIn(timezone), time: "09:00", durationMinutes: 45, framework: "GROW", goal: "" }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const schedule = useFormAction(scheduleSessionAction, {
    beforeSubmit: (form) => {
      const found = check(values, timezone);
      setErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key)])));
      const first = Object.keys(found)[0];
      if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
      return !first;
    },
    onSuccess: () => {
      setValues((current) => ({ ...current, goal: "" }));
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
  const server = schedule.error?.fields ?? {};
  const shown: Record<string, string | undefined> = { ...server, ...(server.scheduledFor ? { time: server.scheduledFor } : {}), ...errors };
  const scheduled = schedule.result.data;

  return (
    <form action={schedule.formAction} onSubmit={schedule.onSubmit} noValidate aria-label={t("formLabel")} className="grid gap-4">
      {scheduled ? (
        <Alert variant="success">
          {t("scheduled", { when: formatSessionTime(format, scheduled.scheduledFor, timezone) })}
        </Alert>
      ) : null}
      <input type="hidden" name="timezone" value={timezone} />
      {schedule.error && Object.keys(server).length === 0 ? <Alert variant="error">{schedule.error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField idPrefix="session" name="date" type="date" label={t("day")} value={values.date} error={shown.date} onChange={(event) => setValues({ ...values, date: event.target.value })} />
        <TextField
          idPrefix="session"
          name="time"
          type="time"
          label={t("time")}
          hint={t("timeHint", { timezone: timezone.replaceAll("_", " ") })}
          value={values.time}
          error={shown.time}
          onChange={(event) => setValues({ ...values, time: event.target.value })}
        />
        <div className="grid gap-2">
          <Label htmlFor="session-duration">{t("length")}</Label>
          <Select id="session-duration" name="durationMinutes" value={values.durationMinutes} onChange={(event) => setValues({ ...values, durationMinutes: Number(event.target.value) })}>
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t("minutes", { count: minutes })}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="session-framework">{t("framework")}</Label>
          <Select id="session-framework" name="framework" value={values.framework} onChange={(event) => setValues({ ...values, framework: event.target.value as Framework })}>
            {frameworks.map((f) => (
              <option key={f} value={f}>
                {tf(f)} — {tf(`${f}Description`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="session-goal">{t("goal")}</Label>
        <textarea
          id="session-goal"
          name="goal"
          rows={3}
          maxLength={500}
          value={values.goal}
          placeholder={t("goalPlaceholder")}
          onChange={(event) => setValues({ ...values, goal: event.target.value })}
          aria-invalid={shown.goal ? true : undefined}
          aria-describedby={shown.goal ? "session-goal-error" : undefined}
          className={cn(fieldControlClasses, "py-2")}
        />
        <FieldError id="session-goal-error" message={shown.goal} />
      </div>
      <div>
        <Button type="submit" disabled={schedule.pending} aria-busy={schedule.pending || undefined}>
          {schedule.pending ? <Spinner /> : <CalendarPlus aria-hidden />}
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
