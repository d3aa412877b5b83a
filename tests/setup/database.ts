// One database per test file: in-memory PGlite; or (TEST_DB_DRIVER=postgres) a fresh schema on
// TEST_DATABASE_URL that is dropped afterwards; or (TEST_DB_DRIVER=pgbouncer) a fresh database on
// that server, queried through the PgBouncer at TEST_DATABASE_POOLER_URL (transaction mode: no
// prepared statements, no startup parameters, so no per-file search_path) and LISTENed to directly.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite/vector";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { setDatabaseForTests } from "@/lib/db/client";
import { createDatabase } from "@/lib/db/create-database";
import * as tables from "@/lib/db/schema";
import type { Database, Db } from "@/lib/db/types";

/** How to reach one test file's storage on server Postgres (what createDatabase takes). */
export type TestConnection = { url: string; listenUrl?: string; searchPath?: string };

export type TestDatabase = Database & { schema?: string; connection?: TestConnection; dispose: () => Promise<void> };

export function testDriver(): Database["driver"] {
  return process.env.TEST_DB_DRIVER === "postgres" || process.env.TEST_DB_DRIVER === "pgbouncer" ? "postgres" : "pglite";
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DB_DRIVER=postgres needs TEST_DATABASE_URL");
  return url;
}

function testPoolerUrl(): string | null {
  if (process.env.TEST_DB_DRIVER !== "pgbouncer") return null;
  const url = process.env.TEST_DATABASE_POOLER_URL;
  if (!url) throw new Error("TEST_DB_DRIVER=pgbouncer needs TEST_DATABASE_POOLER_URL");
  return url;
}

/** Creates an empty Postgres schema and returns it with a function that drops it. */
export async function createTestSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const admin = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
  const schema = `t_${randomBytes(6).toString("hex")}`;
  await admin.unsafe(`create schema "${schema}"`);
  return {
    schema,
    drop: async () => {
      try {
        await admin.unsafe(`drop schema if exists "${schema}" cascade`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Empty storage for one test file on server Postgres: a schema (direct), or a database reached
 * through the pooler with LISTEN on the direct URL. */
export async function createTestStorage(): Promise<{ connection: TestConnection; schema?: string; drop: () => Promise<void> }> {
  const poolerUrl = testPoolerUrl();
  if (!poolerUrl) {
    const { schema, drop } = await createTestSchema();
    return { connection: { url: testDatabaseUrl(), searchPath: schema }, schema, drop };
  }
  const admin = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
  const name = `t_${randomBytes(6).toString("hex")}`;
  await admin.unsafe(`create database "${name}"`);
  return {
    connection: { url: withDatabaseName(poolerUrl, name), listenUrl: withDatabaseName(testDatabaseUrl(), name) },
    drop: async () => {
      try {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}

let template: Blob | undefined;

/** In-memory PGlite loaded from the migrated template that tests/setup/pglite-template.ts made with
 * createDatabase; the same database as createDatabase({ driver: "pglite" }), without the initdb. */
async function openPgliteFromTemplate(): Promise<Database> {
  const provided = inject("pgliteTemplate");
  if (!provided) throw new Error("the PGlite template is made by globalSetup tests/setup/pglite-template.ts");
  const { file, vector: hasVector } = provided;
  template ??= new Blob([readFileSync(file)]);
  const client = await PGlite.create({ loadDataDir: template, extensions: { vector } });
  return {
    db: drizzle({ client, schema: tables }) as unknown as Db,
    driver: "pglite",
    vector: hasVector,
    listen: async (channel, onNotify) => {
      const stop = await client.listen(channel, onNotify);
      return () => stop();
    },
    close: () => client.close(),
  };
}

/** Opens a migrated, empty database for the active driver. dispose() may be called after close(). */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (testDriver() === "pglite") {
    const database = await openPgliteFromTemplate();
    return { ...database, dispose: () => closeQuietly(database) };
  }
  const { connection, schema, drop } = await createTestStorage();
  const database = await createDatabase({ driver: "postgres", ...connection, poolSize: 4 });
  return {
    ...database,
    schema,
    connection,
    dispose: async () => {
      await closeQuietly(database);
      await drop();
    },
  };
}

// A test may already have closed it (to see how the app copes with a dead database).
async function closeQuietly(database: Database): Promise<void> {
  await database.close().catch(() => {});
}

/** Installs a fresh database for this file (what getDb() returns in route handlers); a test that
 * swaps in another one gets the file's database back after it. */
export function useTestDatabase() {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await openTestDatabase();
    setDatabaseForTests(current);
  });
  afterEach(() => {
    if (current) setDatabaseForTests(current);
  });
  afterAll(async () => {
    await current?.dispose();
  });
  const get = () => {
    if (!current) throw new Error("useTestDatabase(): the database opens in beforeAll");
    return current;
  };
  return {
    get database() {
      return get();
    },
    get db() {
      return get().db;
    },
  };
}
