"use server";

import { z } from "zod";
import { userActionWith } from "@/lib/actions/client";
import { formInput, numberOf, text } from "@/lib/actions/form-input";
import { zonedToIso } from "@/components/coach/planning/local-time";
import { idParam } from "@/lib/coach/id-param";
import { sessionCompleteSchema, sessionCreateSchema, sessionUpdateSchema } from "@/lib/coach/planning/planning-schemas";
import { completeSession } from "@/lib/coach/planning/session-outcome";
import { createSession, updateSession } from "@/lib/coach/planning/sessions";

// The sessions page's form and buttons; /api/coach/sessions serves the same lib/ functions to other
// clients. The form's day and time are wall-clock in the timezone it names (the user's coaching one).

const scheduleForm = formInput(sessionCreateSchema, (form) => ({
  scheduledFor: zonedToIso(text(form, "date"), text(form, "time"), text(form, "timezone") || "UTC") ?? "",
  durationMinutes: numberOf(form, "durationMinutes"),
  framework: text(form, "framework"),
  goal: text(form, "goal"),
}));

export const scheduleSessionAction = userActionWith(scheduleForm).stateAction(async ({ parsedInput, ctx }) =>
  createSession({ db: ctx.db, userId: ctx.user.id, input: parsedInput }),
);

export const updateSessionAction = userActionWith(z.object({ id: z.string(), changes: sessionUpdateSchema })).action(
  async ({ parsedInput: { id, changes }, ctx }) =>
    updateSession({ db: ctx.db, userId: ctx.user.id, sessionId: idParam({ id }, "session"), changes }),
);

export const completeSessionAction = userActionWith(sessionCompleteSchema.extend({ id: z.string() })).action(
  async ({ parsedInput: { id, rating }, ctx }) =>
    completeSession({ db: ctx.db, userId: ctx.user.id, sessionId: idParam({ id }, "session"), rating }),
);
