"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { signInSchema } from "@/lib/auth/credentials";
import { SubmitButton } from "./submit-button";
import { useAuthForm } from "./use-auth-form";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("Auth");
  const { fieldErrors, formError, pending, attempt, onSubmit } = useAuthForm({
    endpoint: "/api/auth/sign-in/email",
    schema: signInSchema,
    next,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={t("signInFormLabel")}>
      {formError ? (
        <Alert key={attempt} variant="error">
          {formError}
        </Alert>
      ) : null}
      <TextField idPrefix="sign-in" name="email" label={t("email")} type="email" autoComplete="email" maxLength={254} required error={fieldErrors.email} />
      <TextField
        idPrefix="sign-in"
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        maxLength={128}
        required
        error={fieldErrors.password}
      />
      <SubmitButton pending={pending}>{t("signIn")}</SubmitButton>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="text-center text-sm text-muted-foreground">
        {t("newToCadence")}{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {t("signUp")}
        </Link>
      </p>
    </form>
  );
}
