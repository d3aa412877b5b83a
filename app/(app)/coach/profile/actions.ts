"use server";

import { userActionWith } from "@/lib/actions/client";
import { coachProfileUpdateSchema } from "@/lib/coach/planning/planning-schemas";
import { updateCoachProfile } from "@/lib/coach/planning/profile";

// The coach profile page's form and sharing toggle; PUT /api/coach/profile serves the same to other clients.

export const updateCoachProfileAction = userActionWith(coachProfileUpdateSchema).action(async ({ parsedInput, ctx }) =>
  updateCoachProfile({ db: ctx.db, userId: ctx.user.id, changes: parsedInput }),
);
