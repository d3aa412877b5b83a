import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { readJson } from "../api/read-json";
import { CLEAR_CACHE_ON_SIGN_OUT } from "../cache-control";
import { authSessions, authUsers } from "../db/schema";
import type { Db } from "../db/types";
import { apiError, AppError, type ErrorCode, notFound } from "../http";
import { clientIp, consume, reserveAll, windowFor } from "../rate-limit";
import { sendAccountExistsMail } from "./account-emails";
import { anyJsonObject, authEndpointSchemas } from "./auth-endpoint-schemas";
import { signInSchema, signUpSchema } from "./credentials";
import { errorLocale } from "../i18n/error-locale";
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
  if (res.status === 401) return apiError("AUTH_REQUIRED", "auth.wrongPassword");
  if (body.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" || body.code === "USER_ALREADY_EXISTS") {
    return apiError("CONFLICT", "auth.accountExists");
  }
  if (body.code === "INVALID_TOKEN") {
    return apiError("VALIDATION_ERROR", "auth.linkExpired");
  }
  const code = codeByStatus[res.status] ?? "INTERNAL_ERROR";
  // better-auth's own message (English) for the few answers it words itself.
  return code === "INTERNAL_ERROR" ? apiError(code, "auth.failed") : new AppError(code, body.message ?? "Request failed.");
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

// Every attempt takes its slot before the password is checked, and a right password gives the slots
// back: parallel guesses can never all be evaluated against a limit they would only fill afterwards.
async function signIn(db: Db, req: Request): Promise<Response> {
  const { body, request } = await parsed(req, signInSchema);
  const email = body.email.toLowerCase();
  const release = await reserveAll(db, [
    { key: `auth.failed-sign-in:ip:${clientIp(req.headers)}`, ...windowFor("auth.failed-sign-in.ip") },
    { key: `auth.failed-sign-in.burst:email:${email}`, ...windowFor("auth.failed-sign-in.burst") },
    { key: `auth.failed-sign-in:email:${email}`, ...windowFor("auth.failed-sign-in") },
  ]);
  const res = await getLocalAuth(db).handler(request);
  if (res.status !== 401) await release();
  return res;
}

async function hasAccount(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.email, email.toLowerCase()));
  return Boolean(row);
}

// The answer is the same for a new email and one that already has an account, so sign-up tells no
// one which emails are registered; the owner of an existing account is told by mail instead.
async function signUp(db: Db, req: Request): Promise<Response> {
  const { body, request } = await parsed(req, signUpSchema);
  await consume({ db, key: `auth.sign-up:ip:${clientIp(req.headers)}`, ...windowFor("auth.sign-up.ip") });
  if (await hasAccount(db, body.email)) {
    // Hash the password anyway, so a taken email takes as long to answer as a new account.
    await (await getLocalAuth(db).$context).password.hash(body.password);
    await sendAccountExistsMail({ db, email: body.email });
  } else {
    const res = await getLocalAuth(db).handler(request);
    if (!res.ok) return res;
  }
  return Response.json({ status: "check-email" });
}

/** Our id for a session (what list-sessions shows) to better-auth's token, for the caller's own
 * sessions only; anyone else's id is a 404 like one that never existed. */
async function sessionTokenById(db: Db, req: Request, id: string): Promise<string> {
  const current = await getLocalAuth(db).api.getSession({ headers: req.headers });
  if (!current) throw apiError("AUTH_REQUIRED", "auth.signInFirst");
  const [row] = await db
    .select({ token: authSessions.token })
    .from(authSessions)
    .where(and(eq(authSessions.id, id), eq(authSessions.userId, current.user.id)));
  if (!row) throw notFound("session");
  return row.token;
}

/** Any other POST: read under the 1 MB limit, checked against our schema for the endpoint. */
async function otherPost(db: Db, req: Request, endpoint: string): Promise<Response> {
  const { body, request } = await parsed(req, authEndpointSchemas[endpoint] ?? anyJsonObject);
  if (endpoint === "revoke-session") {
    return getLocalAuth(db).handler(forward(req, { token: await sessionTokenById(db, req, String(body.id)) }));
  }
  return getLocalAuth(db).handler(request);
}

/** Signing out also drops the signed-in pages the browser kept for back and forward (lib/cache-control.ts). */
function clearingCache(res: Response): Response {
  if (res.ok) for (const [name, value] of Object.entries(CLEAR_CACHE_ON_SIGN_OUT)) res.headers.set(name, value);
  return res;
}

async function dispatch(db: Db, req: Request): Promise<Response> {
  const endpoint = new URL(req.url).pathname.replace(/^\/api\/auth\//, "");
  if (req.method !== "POST") return getLocalAuth(db).handler(req);
  if (endpoint === "sign-in/email") return signIn(db, req);
  if (endpoint === "sign-up/email") return signUp(db, req);
  if (endpoint === "sign-out") return clearingCache(await otherPost(db, req, endpoint));
  return otherPost(db, req, endpoint);
}

/** Drops every session token from a JSON body: the token lives in an httpOnly cookie, and one shown
 * to page scripts (get-session, list-sessions, sign-in) could be replayed or revoke other sessions. */
function stripTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTokens);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "token").map(([key, item]) => [key, stripTokens(item)]));
}

async function withoutBodyTokens(res: Response): Promise<Response> {
  // The links in account mail answer with Response.redirect(), whose headers are immutable.
  if (res.status >= 300 && res.status < 400) return new Response(null, { status: res.status, headers: new Headers(res.headers) });
  if (!res.headers.get("content-type")?.includes("application/json")) return res;
  const body = stripTokens(await res.json());
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: res.status, headers });
}

export async function handleLocalAuth({ db, req, requestId }: { db: Db; req: Request; requestId: string }) {
  const res = await dispatch(db, req);
  if (res.status < 400) return withoutBodyTokens(res);
  return (await toAppError(res)).toResponse(requestId, errorLocale(req.headers));
}
