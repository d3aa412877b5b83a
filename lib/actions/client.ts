import "server-only";
import { headers } from "next/headers";
import { createSafeActionClient } from "next-safe-action";
import type { z } from "zod";
import { assertTrustedOrigin } from "../api/same-origin";
import { unsafeTextIssues } from "../api/safe-input";
import { requireUser } from "../auth";
import { getDb } from "../db/client";
import type { User } from "../db/schema";
import { apiError, AppError, invalidFields, validationError } from "../http";
import { errorLocale } from "../i18n/error-locale";
import type { UiLocale } from "../i18n/locales";
import { log } from "../log";
import type { ActionError } from "./action-error";

// Server actions are public endpoints (STYLE.md): every one goes through this client, which checks the
// origin as the API does, refuses text Postgres cannot store, authenticates, validates its input with a
// zod schema, and answers every failure in the API's error shape without internals.

function fieldsOf(details: unknown): Record<string, string> | undefined {
  if (!Array.isArray(details)) return undefined;
  const fields: Record<string, string> = {};
  for (const item of details as { field?: unknown; message?: unknown }[]) {
    if (typeof item?.field === "string" && typeof item.message === "string") fields[item.field] ??= item.message;
  }
  return Object.keys(fields).length ? fields : undefined;
}

function toActionError(error: AppError, locale: UiLocale): ActionError {
  const { message, details } = error.worded(locale);
  const fields = fieldsOf(details);
  return { code: error.code, message, status: error.status, ...(fields ? { fields } : {}) };
}

/** The language to word an action's errors in: the user's setting, else the cookie or Accept-Language. */
async function actionLocale(ctx: object): Promise<UiLocale> {
  return errorLocale(await headers(), (ctx as { user?: User }).user?.preferredLanguage);
}

/** The request the action arrived in, as the API's origin check reads one (its URL matters only for
 * development's loopback origin). */
async function actionRequest(): Promise<Request> {
  const incoming = new Headers(await headers());
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost";
  const protocol = incoming.get("x-forwarded-proto") ?? "http";
  return new Request(`${protocol}://${host}/`, { method: "POST", headers: incoming });
}

function asFormObject(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries([...input.entries()].filter(([, v]) => typeof v === "string")) : input;
}

const baseClient = createSafeActionClient({
  defaultValidationErrorsShape: "formatted",
  async handleServerError(error, { ctx }): Promise<ActionError> {
    const locale = await actionLocale(ctx);
    if (error instanceof AppError) return toActionError(error, locale);
    log.error({ err: error }, "unhandled server action error");
    return toActionError(apiError("INTERNAL_ERROR", "common.internal"), locale);
  },
});

/** Signed-in actions: `ctx` carries the database and the acting user. */
export const userAction = baseClient.use(async ({ next, clientInput }) => {
  const request = await actionRequest();
  assertTrustedOrigin(request);
  const unsafe = unsafeTextIssues(asFormObject(clientInput));
  if (unsafe.length) throw invalidFields(unsafe);
  const db = await getDb();
  const user = await requireUser({ db, headers: request.headers });
  return next({ ctx: { db, user } });
});

/** A signed-in action whose input `schema` validates; its validation errors take the one error shape,
 * worded in the reader's language. The formatted errors next-safe-action hands over no longer carry
 * zod's issues, so the input is parsed again for them. */
export function userActionWith<S extends z.ZodType>(schema: S) {
  return userAction.inputSchema(schema, {
    handleValidationErrorsShape: async (_formatted, { clientInput, ctx }): Promise<ActionError> => {
      const parsed = await schema.safeParseAsync(clientInput);
      const error = parsed.success ? apiError("VALIDATION_ERROR", "common.invalidFields") : validationError(parsed.error);
      return { fields: {}, ...toActionError(error, await actionLocale(ctx)) };
    },
  });
}
