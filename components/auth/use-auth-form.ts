"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { ApiError, apiRequest, type FieldErrors } from "@/hooks/api-request";
import { fieldMessageKey, issueValues } from "@/lib/i18n/field-message";

// `attempt` changes on every failed submit so a repeated message is announced again.
type AuthFormState = { fieldErrors: FieldErrors; formError?: string; pending: boolean; attempt: number };

type Words = (key: string, values?: Record<string, string | number>) => string;

/** The first issue per field, its message (a key of ApiErrors.fields) worded by `t`. */
function firstErrors(error: z.ZodError, t: Words): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "body");
    const key = fieldMessageKey(issue.message);
    fields[field] ??= key ? t(key, issueValues(issue)) : issue.message;
  }
  return fields;
}

function focusField(form: HTMLFormElement, fields: FieldErrors) {
  const name = Object.keys(fields)[0];
  const element = name ? form.elements.namedItem(name) : null;
  if (element instanceof HTMLElement) element.focus();
}

// Sign-up answers alike for new and taken emails, so the form signs in next with the same password;
// a refusal then means the email already had an account, whose owner has been sent a mail.
async function signInAfterSignUp(data: unknown, takenEmailMessage: string) {
  const { email, password } = data as { email: string; password: string };
  try {
    await apiRequest("/api/auth/sign-in/email", { method: "POST", body: { email, password } });
  } catch (err) {
    if (err instanceof ApiError && err.code === "AUTH_REQUIRED") throw new ApiError(takenEmailMessage, err.code, err.status);
    throw err;
  }
}

type AuthFormOptions<S> = { endpoint: string; schema: S; next: string; signInAfter?: boolean };

/** Submits an auth form: validates with the shared schema, posts it, then goes to `next` signed in. */
export function useAuthForm<S extends z.ZodType>({ endpoint, schema, next, signInAfter = false }: AuthFormOptions<S>) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<AuthFormState>({ fieldErrors: {}, pending: false, attempt: 0 });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const fieldErrors = firstErrors(parsed.error, t as unknown as Words);
      setState((current) => ({ fieldErrors, pending: false, attempt: current.attempt + 1 }));
      focusField(form, fieldErrors);
      return;
    }
    setState((current) => ({ ...current, fieldErrors: {}, formError: undefined, pending: true }));
    try {
      await apiRequest(endpoint, { method: "POST", body: parsed.data });
      if (signInAfter) await signInAfterSignUp(parsed.data, t("Auth.takenEmail"));
      router.replace(next);
      router.refresh();
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(t("Common.unknownError"), "UNKNOWN", 0);
      setState((current) => ({ fieldErrors: error.fields, formError: error.message, pending: false, attempt: current.attempt + 1 }));
      focusField(form, error.fields);
    }
  }

  return { ...state, onSubmit };
}
