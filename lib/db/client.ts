import "server-only";
import path from "node:path";
import { getConfig } from "../config";
import { createDatabase } from "./create-database";
import type { Database } from "./types";

// One database per process, cached on globalThis so dev hot reload and route bundles share it.
const cache = globalThis as unknown as { __cadenceDatabase?: Promise<Database> };

function openFromConfig(): Promise<Database> {
  const { env } = getConfig();
  if (env.DATABASE_URL) {
    return createDatabase({
      driver: "postgres",
      url: env.DATABASE_URL,
      listenUrl: env.DATABASE_LISTEN_URL,
      poolSize: env.DATABASE_POOL_SIZE,
    });
  }
  return createDatabase({ driver: "pglite", dataDir: path.resolve(env.DATA_DIR, "pglite") });
}

export function getDatabase(): Promise<Database> {
  cache.__cadenceDatabase ??= openFromConfig().catch((error: unknown) => {
    cache.__cadenceDatabase = undefined;
    throw error;
  });
  return cache.__cadenceDatabase;
}

export async function getDb() {
  return (await getDatabase()).db;
}

/** Tests install their own database (in-memory PGlite or an isolated Postgres schema). */
export function setDatabaseForTests(database: Database): void {
  cache.__cadenceDatabase = Promise.resolve(database);
}
