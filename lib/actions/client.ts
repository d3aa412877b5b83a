import "server-only";
import { headers } from "next/headers";
import { createSafeActionClient } from "next-safe-action";
import type { z } from "zod";
import { assertTrustedOrigin } from "../api/same-origin";
import { unsafeTextIssues } from "../api/safe-input";
import { requireUser } from "../auth";
import { getDb } from "../db/client";
import { AppError } from "../http";
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

function toActionError(error: AppError): ActionError {
  const fields = fieldsOf(error.details);
  return { code: error.code, message: error.message, status: error.status, ...(fields ? { fields } : {}) };
}

/** Zod's formatted tree ({ _errors, title: { _errors } }) flattened to field paths, as validationError() names them. */
function fieldsOfTree(tree: unknown, path: string[] = [], fields: Record<string, string> = {}): Record<string, string> {
  if (!tree || typeof tree !== "object") return fields;
  for (const [key, value] of Object.entries(tree)) {
    if (key === "_errors") {
      const first = (value as string[])[0];
      if (first) fields[path.join(".") || "body"] ??= first;
    } else fieldsOfTree(value, [...path, key], fields);
  }
  return fields;
}

async function shapeValidationErrors(tree: object): Promise<ActionError> {
  return { code: "VALIDATION_ERROR", message: "Some fields are invalid.", status: 400, fields: fieldsOfTree(tree) };
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
  handleServerError(error): ActionError {
    if (error instanceof AppError) return toActionError(error);
    log.error({ err: error }, "unhandled server action error");
    return { code: "INTERNAL_ERROR", message: "Something went wrong on our side.", status: 500 };
  },
});

/** Signed-in actions: `ctx` carries the database and the acting user. */
export const userAction = baseClient.use(async ({ next, clientInput }) => {
  const request = await actionRequest();
  assertTrustedOrigin(request);
  const unsafe = unsafeTextIssues(asFormObject(clientInput));
  if (unsafe.length) throw new AppError("VALIDATION_ERROR", "Some fields are invalid.", unsafe);
  const db = await getDb();
  const user = await requireUser({ db, headers: request.headers });
  return next({ ctx: { db, user } });
});

/** A signed-in action whose input `schema` validates; its validation errors take the one error shape. */
export function userActionWith<S extends z.ZodType>(schema: S) {
  return userAction.inputSchema(schema, { handleValidationErrorsShape: shapeValidationErrors });
}
