"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { signUpSchema } from "@/lib/auth/credentials";
import { SubmitButton } from "./submit-button";
import { useAuthForm } from "./use-auth-form";

export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations("Auth");
  const { fieldErrors, formError, pending, attempt, onSubmit } = useAuthForm({
    endpoint: "/api/auth/sign-up/email",
    schema: signUpSchema,
    next,
    signInAfter: true,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={t("signUpTitle")}>
      {formError ? (
        <Alert key={attempt} variant="error">
          {formError}
        </Alert>
      ) : null}
      <TextField idPrefix="sign-up" name="name" label={t("name")} autoComplete="name" maxLength={100} required error={fieldErrors.name} />
      <TextField idPrefix="sign-up" name="email" label={t("email")} type="email" autoComplete="email" maxLength={254} required error={fieldErrors.email} />
      <TextField
        idPrefix="sign-up"
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        maxLength={128}
        required
        hint={t("passwordHint")}
        error={fieldErrors.password}
      />
      <SubmitButton pending={pending}>{t("createAccount")}</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
