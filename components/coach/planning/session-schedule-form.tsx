"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CalendarPlus } from "lucide-react";
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

function check(values: Values, timezone: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const iso = zonedToIso(values.date, values.time, timezone);
  if (!values.date) errors.date = "Choose a day.";
  if (!values.time) errors.time = "Choose a time.";
  if (iso && Date.parse(iso) <= Date.now()) errors.time = "Pick a time in the future.";
  if (!values.goal.trim()) errors.goal = "Say what the session is for.";
  return errors;
}

/** Day and time are read in the user's coaching timezone, whatever the device is set to; the form
 * names that zone so the action reads them the same way before hydration. */
export function SessionScheduleForm({ timezone }: { timezone: string }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => ({ date: tomorrowIn(timezone), time: "09:00", durationMinutes: 45, framework: "GROW", goal: "" }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const schedule = useFormAction(scheduleSessionAction, {
    beforeSubmit: (form) => {
      const found = check(values, timezone);
      setErrors(found);
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
    <form action={schedule.formAction} onSubmit={schedule.onSubmit} noValidate aria-label="Schedule a session" className="grid gap-4">
      {scheduled ? (
        <Alert variant="success">
          Scheduled for {formatSessionTime(scheduled.scheduledFor, timezone)}. Add it to your calendar from the list below.
        </Alert>
      ) : null}
      <input type="hidden" name="timezone" value={timezone} />
      {schedule.error && Object.keys(server).length === 0 ? <Alert variant="error">{schedule.error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField idPrefix="session" name="date" type="date" label="Day" value={values.date} error={shown.date} onChange={(event) => setValues({ ...values, date: event.target.value })} />
        <TextField
          idPrefix="session"
          name="time"
          type="time"
          label="Time"
          hint={`In your coaching timezone, ${timezone.replaceAll("_", " ")}.`}
          value={values.time}
          error={shown.time}
          onChange={(event) => setValues({ ...values, time: event.target.value })}
        />
        <div className="grid gap-2">
          <Label htmlFor="session-duration">Length</Label>
          <Select id="session-duration" name="durationMinutes" value={values.durationMinutes} onChange={(event) => setValues({ ...values, durationMinutes: Number(event.target.value) })}>
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="session-framework">Framework</Label>
          <Select id="session-framework" name="framework" value={values.framework} onChange={(event) => setValues({ ...values, framework: event.target.value as Framework })}>
            {frameworks.map((f) => (
              <option key={f.value} value={f.value}>
                {f.name} — {f.description}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="session-goal">What is the session for?</Label>
        <textarea
          id="session-goal"
          name="goal"
          rows={3}
          maxLength={500}
          value={values.goal}
          placeholder="e.g. Decide how to pitch the London retail investors"
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
          Schedule session
        </Button>
      </div>
    </form>
  );
}
