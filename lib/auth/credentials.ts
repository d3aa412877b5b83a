import { z } from "zod";

// Shared by the sign-up/sign-in route guard and the auth forms, so both say the same thing.
export const emailSchema = z.email("Enter a valid email address.").max(254, "Email is too long.");

export const nameSchema = z.string().trim().min(1, "Enter your name.").max(100, "Name is too long.");

export const passwordSchema = z.string().min(8, "Use at least 8 characters.").max(128, "Use at most 128 characters.");

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(128),
});
