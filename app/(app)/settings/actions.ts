"use server";

import { refresh } from "next/cache";
import { preferencesUpdateSchema } from "@/app/api/notifications/schema";
import { updateProfile } from "@/lib/account/profile";
import { profileUpdateSchema } from "@/lib/account/profile-schema";
import { userActionWith } from "@/lib/actions/client";
import { formInput, text } from "@/lib/actions/form-input";
import { updateNotificationPreferences } from "@/lib/notifications/notification-preferences";

// The settings page's forms; /api/me and /api/notifications/preferences serve the same to other clients.

const profileForm = formInput(profileUpdateSchema, (form) => ({
  displayName: text(form, "displayName"),
  preferredLanguage: text(form, "preferredLanguage"),
  timezone: text(form, "timezone"),
  coachStyle: text(form, "coachStyle"),
}));

/** Saves the profile form; the shell's "signed in as" name follows at once. */
export const updateProfileAction = userActionWith(profileForm).stateAction(async ({ parsedInput, ctx }) => {
  const saved = await updateProfile({ db: ctx.db, userId: ctx.user.id, changes: parsedInput });
  refresh();
  return saved;
});

/** The notification preferences form (channels, quiet hours, digest); PUT /api/notifications/preferences serves it too. */
export const saveNotificationPreferencesAction = userActionWith(preferencesUpdateSchema).action(async ({ parsedInput, ctx }) =>
  updateNotificationPreferences({ db: ctx.db, userId: ctx.user.id, update: parsedInput }),
);
