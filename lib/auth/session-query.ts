import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { authSessions, users, type User } from "../db/schema";
import type { Db } from "../db/types";

// The session + user lookup that every signed-in request makes, prepared once per database.
// On Postgres a Drizzle prepared query skips building the SQL each time, and postgres-js keeps the
// statement prepared on each pooled connection (unless a transaction pooler rules that out).
// PGlite re-parses and re-plans every parameterised query with six protocol round trips, which made
// this lookup cost more than the rest of the request; there the statement is PREPAREd once in SQL and
// run with EXECUTE in one simple-protocol message. Only a token of URL-safe characters (what
// better-auth issues, and already checked against its HMAC signature) is inlined into that message.

export type SessionRow = { user: User; expiresAt: Date };
type Lookup = (token: string) => Promise<SessionRow | null>;

const STATEMENT = "cadence_session_user";
const SAFE_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;
const USER_COLUMNS = Object.entries(getTableColumns(users));

function drizzleLookup(db: Db): Lookup {
  const query = db
    .select({ user: getTableColumns(users), expiresAt: authSessions.expiresAt })
    .from(authSessions)
    .innerJoin(users, and(eq(users.authProvider, "local"), eq(users.authSubject, authSessions.userId)))
    .where(eq(authSessions.token, sql.placeholder("token")))
    .limit(1)
    .prepare(STATEMENT);
  return async (token) => (await query.execute({ token }))[0] ?? null;
}

function toSessionRow(row: Record<string, unknown>): SessionRow {
  const user = Object.fromEntries(USER_COLUMNS.map(([key, column]) => [key, row[column.name] ?? null])) as User;
  return { user, expiresAt: row.session_expires_at as Date };
}

function pgliteLookup(client: PGlite, fallback: Lookup, onPrepareFailed: () => void): Lookup {
  const columns = USER_COLUMNS.map(([, column]) => `u."${column.name}"`).join(", ");
  // Each server bundle (pages, each route) has its own copy of this module but shares the one PGlite,
  // so another copy may have prepared the same statement already (duplicate_prepared_statement).
  const prepared = client
    .exec(
      `PREPARE ${STATEMENT}(text) AS SELECT ${columns}, s.expires_at AS session_expires_at FROM auth_sessions s ` +
        `JOIN users u ON u.auth_provider = 'local' AND u.auth_subject = s.user_id WHERE s.token = $1 LIMIT 1`,
    )
    .catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== "42P05") throw error;
    });
  prepared.catch(onPrepareFailed);
  return async (token) => {
    if (!SAFE_TOKEN.test(token)) return fallback(token);
    await prepared;
    const [result] = await client.exec(`EXECUTE ${STATEMENT}('${token}')`);
    const row = result?.rows[0] as Record<string, unknown> | undefined;
    return row ? toSessionRow(row) : null;
  };
}

const lookups = new WeakMap<Db, Lookup>();

function lookupFor(db: Db): Lookup {
  let lookup = lookups.get(db);
  if (!lookup) {
    // Drizzle keeps the driver's client on the database object it returns.
    const client = (db as unknown as { $client?: unknown }).$client;
    const fallback = drizzleLookup(db);
    lookup = client instanceof PGlite ? pgliteLookup(client, fallback, () => lookups.delete(db)) : fallback;
    lookups.set(db, lookup);
  }
  return lookup;
}

/** The session with this token and its users row, or null when either is missing. */
export function findSessionUser({ db, token }: { db: Db; token: string }): Promise<SessionRow | null> {
  return lookupFor(db)(token);
}
