"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { resetPasswordSchema } from "@/lib/auth/password-reset-schemas";
import { SubmitButton } from "./submit-button";
import { useAuthForm } from "./use-auth-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const { fieldErrors, formError, pending, attempt, onSubmit } = useAuthForm({
    endpoint: "/api/auth/reset-password",
    schema: resetPasswordSchema,
    next: "/reset-password?done=1",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={t("resetTitle")}>
      {formError ? (
        <Alert key={attempt} variant="error">
          {formError}
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        idPrefix="reset"
        name="newPassword"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        maxLength={128}
        required
        error={fieldErrors.newPassword ?? fieldErrors.token}
      />
      <SubmitButton pending={pending}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
