"use server";

import { userActionWith } from "@/lib/actions/client";
import { settingsUpdateSchema } from "@/lib/wellbeing/schemas";
import { saveWellbeingSettings } from "@/lib/wellbeing/settings";

// The wellbeing settings form (coach sharing, reminder times); PUT /api/wellbeing/settings serves it too.

export const saveWellbeingSettingsAction = userActionWith(settingsUpdateSchema).action(async ({ parsedInput, ctx }) =>
  saveWellbeingSettings({ db: ctx.db, userId: ctx.user.id, changes: parsedInput }),
);
