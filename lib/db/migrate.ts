import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** drizzle-kit qualifies foreign keys with "public"; a copy of the migrations that points them at
 * `schema` instead, so a database in its own schema (a test run) references its own tables. */
function migrationsForSchema(schema: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "cadence-migrations-"));
  cpSync(migrationsFolder, folder, { recursive: true });
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".sql"))) {
    const text = readFileSync(path.join(folder, file), "utf8");
    writeFileSync(path.join(folder, file), text.replaceAll('"public".', `"${schema}".`));
  }
  return folder;
}

/** Same, on server Postgres, on one dedicated connection holding an advisory lock. Through a
 * transaction pooler (no DATABASE_LISTEN_URL) a session lock could be taken on one server connection
 * and released on another, so there it is skipped: drizzle applies all pending migrations in one
 * transaction either way. */
export async function migratePostgresDatabase(url: string, searchPath?: string, { session = true }: { session?: boolean } = {}): Promise<void> {
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    prepare: session,
    ...(searchPath ? { connection: { search_path: searchPath } } : {}),
  });
  const db = drizzlePostgres({ client });
  const folder = searchPath ? migrationsForSchema(searchPath) : migrationsFolder;
  try {
    if (session) await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migratePostgres(db, { migrationsFolder: folder, migrationsSchema: searchPath ?? "drizzle" });
  } finally {
    if (session) await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    await client.end({ timeout: 5 });
    if (folder !== migrationsFolder) rmSync(folder, { recursive: true, force: true });
  }
}
