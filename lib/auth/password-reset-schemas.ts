import { z } from "zod";
import { emailSchema } from "./credentials";

// The forgotten-password forms; better-auth's own endpoints check the same again.
export const RESET_PASSWORD_PATH = "/reset-password";

export const forgotPasswordSchema = z.object({
  email: emailSchema,
  redirectTo: z.literal(RESET_PASSWORD_PATH),
});

export const resetPasswordSchema = z.object({
  newPassword: z.string().min(8, "Use at least 8 characters.").max(128, "Use at most 128 characters."),
  token: z.string().min(1, "This link is incomplete. Ask for a new one."),
});
