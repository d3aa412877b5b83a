import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";

export const migrationsFolder = path.join(process.cwd(), "supabase", "migrations");

// Any app-specific number: serialises migrations when several instances boot at once.
const MIGRATION_LOCK = 727_451_003;

/** Applies pending migrations from supabase/migrations (the files drizzle-kit generates). */
export async function migratePgliteDatabase(db: PgliteDatabase<Record<string, unknown>>): Promise<void> {
  await migratePglite(db, { migrationsFolder });
}

/** Same, on server Postgres, on one dedicated connection holding an advisory lock. */
export async function migratePostgresDatabase(url: string, searchPath?: string): Promise<void> {
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    ...(searchPath ? { connection: { search_path: searchPath } } : {}),
  });
  const db = drizzlePostgres({ client });
  try {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migratePostgres(db, { migrationsFolder, migrationsSchema: searchPath ?? "drizzle" });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    await client.end({ timeout: 5 });
  }
}
