// Transaction poolers (Supabase's pooler on port 6543, PgBouncer in transaction mode) hand each
// transaction to whichever server connection is free: prepared statements, session advisory locks
// and LISTEN do not survive that. No "server-only": scripts/migrate.ts uses it too.

const SUPABASE_TRANSACTION_POOLER_PORT = "6543";

export type PostgresTarget = {
  /** The URL to connect to, without the pgbouncer flag (postgres-js would send it to the server as a setting). */
  url: string;
  transactionPooler: boolean;
};

/** Reads a DATABASE_URL: port 6543 or `?pgbouncer=true` mark a transaction pooler. */
export function describePostgresUrl(raw: string): PostgresTarget {
  const url = new URL(raw);
  const flagged = url.searchParams.get("pgbouncer") === "true";
  url.searchParams.delete("pgbouncer");
  return { url: url.toString(), transactionPooler: flagged || url.port === SUPABASE_TRANSACTION_POOLER_PORT };
}

/** Where migrations run: a session-capable connection (the LISTEN URL, else the main URL when it is
 * not a transaction pooler), and whether it is a session (so it can hold the advisory lock that
 * serialises them and use prepared statements). */
export function migrationTarget({ url, listenUrl }: { url: string; listenUrl?: string }): { url: string; session: boolean } {
  if (listenUrl) return { url: describePostgresUrl(listenUrl).url, session: true };
  const target = describePostgresUrl(url);
  return { url: target.url, session: !target.transactionPooler };
}
