import { z } from "zod";
import { coachStyles } from "../db/schema/users";
import { languageCodes } from "./languages";

export function isValidTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const profileUpdateSchema = z
  .object({
    displayName: z.string().trim().min(1, "Enter a display name.").max(100, "Use at most 100 characters."),
    preferredLanguage: z.enum(languageCodes, "Choose a language from the list."),
    timezone: z.string().max(64).refine(isValidTimezone, "Unknown timezone."),
    coachStyle: z.enum(coachStyles, "Choose strategic, tactical or supportive."),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.");

export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const deleteAccountSchema = z.object({
  confirm: z.literal("DELETE", "Type DELETE to confirm."),
});
