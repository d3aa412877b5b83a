"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { forgotPasswordSchema, RESET_PASSWORD_PATH } from "@/lib/auth/password-reset-schemas";
import { SubmitButton } from "./submit-button";
import { useAuthForm } from "./use-auth-form";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const { fieldErrors, formError, pending, attempt, onSubmit } = useAuthForm({
    endpoint: "/api/auth/request-password-reset",
    schema: forgotPasswordSchema,
    next: "/forgot-password?sent=1",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={t("forgotFormLabel")}>
      {formError ? (
        <Alert key={attempt} variant="error">
          {formError}
        </Alert>
      ) : null}
      <input type="hidden" name="redirectTo" value={RESET_PASSWORD_PATH} />
      <TextField idPrefix="forgot" name="email" label={t("email")} type="email" autoComplete="email" maxLength={254} required error={fieldErrors.email} />
      <SubmitButton pending={pending}>{t("emailResetLink")}</SubmitButton>
    </form>
  );
}
