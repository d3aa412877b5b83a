import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/db/create-database";
import { migrationsFolder } from "@/lib/db/migrate";
import { llmCalls, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createTestStorage, openTestDatabase, testDriver } from "../setup/database";

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

type Target = { open: () => Promise<Database>; migrationsTable: string; cleanup: () => Promise<void> };

/** Two opens of the same storage: a PGlite data directory, or one Postgres schema. */
async function persistentTarget(): Promise<Target> {
  if (testDriver() === "pglite") {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-pglite-"));
    return {
      open: () => createDatabase({ driver: "pglite", dataDir }),
      migrationsTable: `"drizzle"."__drizzle_migrations"`,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const { connection, schema, drop } = await createTestStorage();
  return {
    open: () => createDatabase({ driver: "postgres", ...connection, poolSize: 1 }),
    migrationsTable: schema ? `"${schema}"."__drizzle_migrations"` : `"drizzle"."__drizzle_migrations"`,
    cleanup: drop,
  };
}

async function appliedMigrations(database: Database, table: string): Promise<number> {
  const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
  return rows[0]!.n;
}

describe("migrations", () => {
  it("apply every migration once; opening the same database again is a no-op that keeps the data", async () => {
    const target = await persistentTarget();
    try {
      const first = await target.open();
      expect(await appliedMigrations(first, target.migrationsTable)).toBe(journal.entries.length);
      const [user] = await first.db
        .insert(users)
        .values({ authProvider: "local", authSubject: "subject-1", email: "kept@example.com" })
        .returning();
      await first.close();

      const second = await target.open();
      try {
        expect(await appliedMigrations(second, target.migrationsTable)).toBe(journal.entries.length);
        const rows = await second.db.select().from(users);
        expect(rows.map((r) => r.email)).toEqual(["kept@example.com"]);

        // Foreign keys point at this database's own tables: the row cascades away with its user.
        await second.db.insert(llmCalls).values({ userId: user!.id, task: "t", provider: "offline", model: "m", latencyMs: 1, status: "ok" });
        await second.db.delete(users);
        expect(await second.db.select().from(llmCalls)).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await target.cleanup();
    }
  }, 90_000);

  it("enforces the schema's constraints", async () => {
    const database = await openTestDatabase();
    try {
      await expect(
        database.db.insert(users).values({ authProvider: "local", authSubject: "s", email: "a@example.com", coachStyle: "yelling" as never }),
      ).rejects.toThrow();
      await database.db.insert(users).values({ authProvider: "local", authSubject: "s", email: "a@example.com" });
      await expect(
        database.db.insert(users).values({ authProvider: "local", authSubject: "s", email: "b@example.com" }),
      ).rejects.toThrow();
    } finally {
      await database.dispose();
    }
  });
});
