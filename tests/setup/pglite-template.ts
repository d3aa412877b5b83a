// globalSetup of the PGlite integration project: creates and migrates one database (through the
// app's own createDatabase) and saves a dump that every test file loads, which takes a fraction of
// PGlite's initdb.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { createDatabase } from "@/lib/db/create-database";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: { file: string; vector: boolean };
  }
}

export default async function setup(project: TestProject) {
  const database = await createDatabase({ driver: "pglite" });
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  await database.close();
  const dir = mkdtempSync(path.join(tmpdir(), "cadence-pglite-template-"));
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", { file, vector: database.vector });
  return () => rmSync(dir, { recursive: true, force: true });
}
