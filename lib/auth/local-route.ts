import "server-only";
import type { z } from "zod";
import { readJson } from "../api/read-json";
import type { Db } from "../db/types";
import { AppError, type ErrorCode } from "../http";
import { assertUnderLimit, clientIp, recordHit, windowFor } from "../rate-limit";
import { signInSchema, signUpSchema } from "./credentials";
import { getLocalAuth } from "./local";

// Wraps better-auth's handler so its endpoints validate like every other route, answer in the one
// error shape, and limit failed sign-ins per email and per IP.

const codeByStatus: Record<number, ErrorCode> = {
  400: "VALIDATION_ERROR",
  401: "AUTH_REQUIRED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  422: "CONFLICT",
  429: "RATE_LIMITED",
};

async function toAppError(res: Response): Promise<AppError> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  if (res.status === 401) return new AppError("AUTH_REQUIRED", "Wrong email or password.");
  if (body.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" || body.code === "USER_ALREADY_EXISTS") {
    return new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  }
  if (body.code === "INVALID_TOKEN") {
    return new AppError("VALIDATION_ERROR", "This link has expired or was already used. Ask for a new one and use the newest mail.");
  }
  const code = codeByStatus[res.status] ?? "INTERNAL_ERROR";
  return new AppError(code, code === "INTERNAL_ERROR" ? "Authentication failed." : (body.message ?? "Request failed."));
}

function forward(req: Request, body: unknown): Request {
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  return new Request(req.url, { method: req.method, headers, body: JSON.stringify(body) });
}

async function parsed<S extends z.ZodType>(req: Request, schema: S) {
  const body = await readJson(req, schema);
  return { body, request: forward(req, body) };
}

async function signIn(db: Db, req: Request): Promise<Response> {
  const { body, request } = await parsed(req, signInSchema);
  const window = windowFor("auth.failed-sign-in");
  const keys = [`auth.failed-sign-in:email:${body.email.toLowerCase()}`, `auth.failed-sign-in:ip:${clientIp(req.headers)}`];
  for (const key of keys) await assertUnderLimit({ db, key, ...window });
  const res = await getLocalAuth(db).handler(request);
  if (res.status === 401) await Promise.all(keys.map((key) => recordHit({ db, key, ...window })));
  return res;
}

async function dispatch(db: Db, req: Request): Promise<Response> {
  const path = new URL(req.url).pathname;
  if (req.method === "POST" && path.endsWith("/sign-in/email")) return signIn(db, req);
  if (req.method === "POST" && path.endsWith("/sign-up/email")) {
    return getLocalAuth(db).handler((await parsed(req, signUpSchema)).request);
  }
  return getLocalAuth(db).handler(req);
}

/** The session token lives in an httpOnly cookie; better-auth also echoes it in the JSON body,
 * where page scripts could read it, so it is dropped there. */
async function withoutBodyToken(res: Response): Promise<Response> {
  // The links in account mail answer with Response.redirect(), whose headers are immutable.
  if (res.status >= 300 && res.status < 400) return new Response(null, { status: res.status, headers: new Headers(res.headers) });
  if (!res.headers.get("content-type")?.includes("application/json")) return res;
  const body = (await res.json()) as Record<string, unknown> | null;
  if (body && typeof body === "object" && "token" in body) delete body.token;
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: res.status, headers });
}

export async function handleLocalAuth({ db, req, requestId }: { db: Db; req: Request; requestId: string }) {
  const res = await dispatch(db, req);
  if (res.status < 400) return withoutBodyToken(res);
  return (await toAppError(res)).toResponse(requestId);
}
