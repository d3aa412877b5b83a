import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite/vector";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { migratePgliteDatabase, migratePostgresDatabase } from "./migrate";
import { describePostgresUrl, migrationTarget } from "./pooler";
import * as schema from "./schema";
import { seedDatabase } from "./seed";
import type { Database, Db } from "./types";

export type DatabaseOptions =
  | { driver: "pglite"; dataDir?: string }
  | { driver: "postgres"; url: string; listenUrl?: string; poolSize?: number; searchPath?: string };

async function enableVector(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`create extension if not exists vector`);
    return true;
  } catch {
    return false;
  }
}

/** Opens a database (PGlite in memory or on disk, or a postgres-js pool), enables pgvector where it
 * exists and applies every pending migration. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.driver === "pglite") {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const client = await PGlite.create(options.dataDir ?? "memory://", { extensions: { vector } });
    const pgliteDb = drizzlePglite({ client, schema });
    const db = pgliteDb as unknown as Db;
    const hasVector = await enableVector(db);
    await migratePgliteDatabase(pgliteDb);
    await seedDatabase({ db });
    return {
      db,
      driver: "pglite",
      vector: hasVector,
      listen: async (channel, onNotify) => {
        const stop = await client.listen(channel, onNotify);
        return () => stop();
      },
      close: () => client.close(),
    };
  }
  const target = describePostgresUrl(options.url);
  const migration = migrationTarget(options);
  await migratePostgresDatabase(migration.url, options.searchPath, { session: migration.session });
  // A transaction pooler drops startup parameters, and prepared statements would meet a different
  // server connection on their next use.
  const searchPath = options.searchPath ? { connection: { search_path: options.searchPath } } : {};
  const client = postgres(target.url, {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    prepare: !target.transactionPooler,
    ...(target.transactionPooler ? {} : searchPath),
  });
  // LISTEN needs a session of its own: the direct (or session pooler) URL when one is given.
  const listener = options.listenUrl
    ? postgres(describePostgresUrl(options.listenUrl).url, { max: 1, onnotice: () => {}, ...searchPath })
    : client;
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  const hasVector = await enableVector(db);
  await seedDatabase({ db });
  return {
    db,
    driver: "postgres",
    vector: hasVector,
    listen: async (channel, onNotify) => {
      const { unlisten } = await listener.listen(channel, onNotify);
      return unlisten;
    },
    close: async () => {
      await client.end({ timeout: 5 });
      if (listener !== client) await listener.end({ timeout: 5 });
    },
  };
}
