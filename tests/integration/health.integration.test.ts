import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/health/route";
import { setDatabaseForTests } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { isApertiumInstalled } from "@/lib/translation/apertium";
import packageJson from "@/package.json";
import { call } from "../fixtures/http";
import { openTestDatabase, testDriver, useTestDatabase } from "../setup/database";
import { stubConfig } from "../setup/env";

useTestDatabase();

type Health = {
  status: string;
  version: string;
  db: { ok: boolean; driver: string; vector: boolean };
  providers: Record<string, string>;
};

async function health(): Promise<{ res: Response; text: string; body: Health }> {
  const res = await call(GET, "/api/health");
  const text = await res.text();
  return { res, text, body: JSON.parse(text) as Health };
}

describe("GET /api/health", () => {
  it("reports the embedded defaults with no keys configured", async () => {
    const { res, body } = await health();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    // pgvector ships with PGlite; the test Postgres server does not have it.
    const vector = testDriver() === "pglite";
    expect(body.db).toEqual({ ok: true, driver: testDriver(), vector });
    expect(body).toMatchObject({
      status: "ok",
      version: packageJson.version,
      providers: {
        database: "pglite",
        auth: "local",
        realtime: "postgres",
        llm: "offline",
        embeddings: "local",
        emotion: "lexicon",
        voice: "browser",
        translation: isApertiumInstalled() ? "apertium" : "unavailable",
        media: "webrtc-p2p",
        payments: "off",
        storage: "local",
        scheduler: "in-process",
        vectorSearch: vector ? "pgvector" : "unavailable",
      },
    });
  });

  it("names the configured providers but never a secret", async () => {
    const secrets = {
      GEMINI_API_KEY: "secret-gemini-123",
      GROQ_API_KEY: "secret-groq-456",
      OPENAI_API_KEY: "secret-openai-789",
      DEEPL_API_KEY: "secret-deepl-abc",
      GOOGLE_TRANSLATE_API_KEY: "secret-google-def",
      ELEVENLABS_API_KEY: "secret-elevenlabs-ghi",
      STRIPE_SECRET_KEY: "sk_test_secret-stripe",
      STRIPE_WEBHOOK_SECRET: "whsec_secret-stripe-hook",
      CLERK_SECRET_KEY: "sk_test_secret-clerk",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_clerk-publishable",
      CLERK_WEBHOOK_SIGNING_SECRET: "whsec_secret-clerk-hook",
      SUPABASE_URL: "https://secret-project.supabase.co",
      SUPABASE_SERVICE_ROLE_KEY: "secret-supabase-role",
      CRON_SECRET: "secret-cron-0123456789",
      AUTH_SECRET: "secret-auth-0123456789-0123456789-0123456789",
      DATABASE_URL: "postgres://cadence:secret-db-password@db.internal:5432/cadence",
      ICE_SERVERS: JSON.stringify([{ urls: "turn:turn.example", username: "u", credential: "secret-turn" }]),
    };
    stubConfig(secrets);

    const { res, text, body } = await health();
    expect(res.status).toBe(200);
    expect(body.providers).toMatchObject({
      database: "postgres",
      auth: "clerk",
      realtime: "postgres+supabase",
      llm: "gemini+groq+openai",
      embeddings: "openai",
      emotion: "llm",
      voice: "elevenlabs",
      translation: "deepl+google",
      media: "webrtc+ice",
      payments: "stripe",
      storage: "supabase",
    });
    for (const value of Object.values(secrets)) expect(text).not.toContain(value);
    for (const fragment of ["secret", "sk_test", "whsec", "password", "db.internal"]) expect(text).not.toContain(fragment);
  });

  it("is 503 degraded when the database has gone away", async () => {
    const database = await openTestDatabase();
    await database.dispose();
    setDatabaseForTests(database);
    const { res, body } = await health();
    expect(res.status).toBe(503);
    expect(body.status).toBe("degraded");
    expect(body.db).toEqual({ ok: false, driver: testDriver(), vector: false });
    expect(body.version).toBe(packageJson.version);
  });

  it("is 503 degraded when the database server does not answer", async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const client = postgres("postgres://postgres@127.0.0.1:9/none", { max: 1, connect_timeout: 2, onnotice: () => {} });
    setDatabaseForTests({
      db: drizzle({ client, schema }) as unknown as Db,
      driver: "postgres",
      vector: false,
      listen: () => Promise.reject(new Error("unreachable")),
      close: () => client.end({ timeout: 1 }),
    });
    try {
      const { res, body } = await health();
      expect(res.status).toBe(503);
      expect(body).toMatchObject({ status: "degraded", db: { ok: false, driver: "postgres", vector: false } });
    } finally {
      await client.end({ timeout: 1 });
    }
  });

  it("answers POST with 405", async () => {
    const res = await call(POST, "/api/health", { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});
