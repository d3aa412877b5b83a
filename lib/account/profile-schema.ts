import { z } from "zod";
import { coachStyles } from "../db/schema/users";
import { languageCodes } from "./languages";
import { fieldMessage } from "@/lib/i18n/field-message";

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
    displayName: z.string().trim().min(1, fieldMessage("enterADisplayName")).max(100, fieldMessage("maxChars")),
    preferredLanguage: z.enum(languageCodes, fieldMessage("chooseALanguageFromTheList")),
    timezone: z.string().max(64).refine(isValidTimezone, fieldMessage("unknownTimezone")),
    coachStyle: z.enum(coachStyles, fieldMessage("chooseStrategicTacticalOrSupportive")),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, fieldMessage("sendAtLeastOneFieldTo"));

export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const deleteAccountSchema = z.object({
  confirm: z.literal("DELETE", fieldMessage("typeDELETEToConfirm")),
});
