import "server-only";
import { sql } from "drizzle-orm";
import packageJson from "../../package.json";
import { getProviderStatus } from "../ai/llm";
import { getModelReport } from "../ai/model-check";
import { getConfig } from "../config";
import { getDatabase } from "../db/client";
import type { Database } from "../db/types";
import { isApertiumInstalled } from "../translation/apertium";
import { translationEngineStatus } from "../translation/engine-status";

const DB_TIMEOUT_MS = 2_000;

async function checkDatabase() {
  let database: Database | undefined;
  try {
    database = await getDatabase();
    await Promise.race([
      database.db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), DB_TIMEOUT_MS).unref()),
    ]);
    return { ok: true, driver: database.driver, vector: database.vector };
  } catch {
    return { ok: false, driver: database?.driver, vector: false };
  }
}

/** The state each configured LLM vendor was last seen in ("failing" after rejected keys). */
function llmStatus(configured: string): Record<string, string> {
  const status = getProviderStatus();
  return Object.fromEntries(
    configured
      .split("+")
      .filter((name): name is keyof typeof status => name in status)
      .map((name) => [name, status[name].state]),
  );
}

/** Which provider serves each capability and whether the database answers; never a secret. */
export async function getHealth() {
  const { providers } = getConfig();
  const db = await checkDatabase();
  const translation =
    providers.translation === "apertium" && !isApertiumInstalled() ? "unavailable" : providers.translation;
  return {
    status: db.ok ? ("ok" as const) : ("degraded" as const),
    version: packageJson.version,
    // The database actually in use; the configured one when it could not be opened.
    db: { ok: db.ok, driver: db.driver ?? providers.database, vector: db.vector },
    providers: { ...providers, translation, vectorSearch: db.vector ? "pgvector" : "unavailable" },
    llmStatus: llmStatus(providers.llm),
    translationEngines: await translationEngineStatus(),
    // Each model in use and whether its vendor lists it (checked at boot and hourly).
    models: getModelReport(),
  };
}
