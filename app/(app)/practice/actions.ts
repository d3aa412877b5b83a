"use server";

import { userActionWith } from "@/lib/actions/client";
import { formInput, text } from "@/lib/actions/form-input";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { generatePersona } from "@/lib/practice/persona/personas";
import { generatePersonaSchema } from "@/lib/practice/schemas";

// The Practice page's "Generate a persona" form; POST /api/personas/generate serves the same, under
// the same per-user limit on model calls, to other clients.

const personaForm = formInput(generatePersonaSchema, (form) => ({
  industry: text(form, "industry"),
  role: text(form, "role"),
  personality: text(form, "personality"),
  difficulty: text(form, "difficulty"),
}));

export const generatePersonaAction = userActionWith(personaForm).stateAction(async ({ parsedInput, ctx }) => {
  await limitCostlyRequest({ db: ctx.db, userId: ctx.user.id, action: "persona.generate" });
  return generatePersona({ db: ctx.db, userId: ctx.user.id, input: parsedInput });
});
