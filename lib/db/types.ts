import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

export type Schema = typeof schema;

/** A Drizzle database over either driver; lib/ functions take this and never care which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbDriver = "pglite" | "postgres";

export type Database = {
  db: Db;
  driver: DbDriver;
  /** Whether pgvector could be enabled on this database. */
  vector: boolean;
  /** LISTEN on a Postgres channel; resolves to a function that stops listening. */
  listen: (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};
