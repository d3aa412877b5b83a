"use client";

import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { forgotPasswordSchema, RESET_PASSWORD_PATH } from "@/lib/auth/password-reset-schemas";
import { SubmitButton } from "./submit-button";
import { useAuthForm } from "./use-auth-form";

export function ForgotPasswordForm() {
  const { fieldErrors, formError, pending, attempt, onSubmit } = useAuthForm({
    endpoint: "/api/auth/request-password-reset",
    schema: forgotPasswordSchema,
    next: "/forgot-password?sent=1",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label="Reset your password">
      {formError ? (
        <Alert key={attempt} variant="error">
          {formError}
        </Alert>
      ) : null}
      <input type="hidden" name="redirectTo" value={RESET_PASSWORD_PATH} />
      <TextField idPrefix="forgot" name="email" label="Email" type="email" autoComplete="email" maxLength={254} required error={fieldErrors.email} />
      <SubmitButton pending={pending}>Email me a reset link</SubmitButton>
    </form>
  );
}
