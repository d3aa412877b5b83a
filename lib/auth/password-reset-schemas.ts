import { z } from "zod";
import { emailSchema } from "./credentials";
import { fieldMessage } from "@/lib/i18n/field-message";

// The forgotten-password forms; better-auth's own endpoints check the same again.
export const RESET_PASSWORD_PATH = "/reset-password";

export const forgotPasswordSchema = z.object({
  email: emailSchema,
  redirectTo: z.literal(RESET_PASSWORD_PATH),
});

export const resetPasswordSchema = z.object({
  newPassword: z.string().min(8, fieldMessage("minChars")).max(128, fieldMessage("maxChars")),
  token: z.string().min(1, fieldMessage("thisLinkIsIncompleteAskFor")),
});
