import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

// Shared by the sign-up/sign-in route guard and the auth forms, so both say the same thing.
export const emailSchema = z.email(fieldMessage("enterAValidEmailAddress")).max(254, fieldMessage("emailIsTooLong"));

export const nameSchema = z.string().trim().min(1, fieldMessage("enterYourName")).max(100, fieldMessage("nameIsTooLong"));

export const passwordSchema = z.string().min(8, fieldMessage("minChars")).max(128, fieldMessage("maxChars"));

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, fieldMessage("enterYourPassword")).max(128),
});
