// Setup for every integration test file: no network, no keys from the developer's shell, quiet
// logs, a temporary DATA_DIR (the generated auth secret lands there), and a fresh config per test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { resetConfig } from "@/lib/config";

// Anything that would switch a provider on, or point the app at another database.
const PROVIDER_VARIABLES = [
  "APP_URL",
  "DATABASE_URL",
  "DATABASE_LISTEN_URL",
  "AUTH_SECRET",
  "CLERK_SECRET_KEY",
  "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY",
  "CLERK_WEBHOOK_SIGNING_SECRET",
  "CRON_SECRET",
  "SUPABASE_URL",
  "SUPABASE_SERVICE_ROLE_KEY",
  "GEMINI_API_KEY",
  "GROQ_API_KEY",
  "OPENAI_API_KEY",
  "OPENAI_BASE_URL",
  "GEMINI_MODEL",
  "GROQ_MODEL",
  "OPENAI_MODEL",
  "OPENAI_EMBEDDING_MODEL",
  "ELEVENLABS_API_KEY",
  "ELEVENLABS_AGENT_ID",
  "ELEVENLABS_WEBHOOK_SECRET",
  "TRANSCRIPTION_URL",
  "TRANSCRIPTION_API_KEY",
  "DEEPL_API_KEY",
  "GOOGLE_TRANSLATE_API_KEY",
  "STRIPE_SECRET_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "ICE_SERVERS",
  "ICE_TRANSPORT_POLICY",
  "SMTP_URL",
  "EMAIL_FROM",
  "ADMIN_EMAILS",
  "VAPID_PUBLIC_KEY",
  "VAPID_PRIVATE_KEY",
  "VAPID_SUBJECT",
  "VERCEL",
];
for (const name of PROVIDER_VARIABLES) delete process.env[name];
for (const name of Object.keys(process.env)) if (name.startsWith("AI_MODEL_") || name.startsWith("RATE_LIMIT_")) delete process.env[name];
const dataDir = mkdtempSync(path.join(tmpdir(), "cadence-test-"));
process.env.DATA_DIR = dataDir;

// Provider HTTP must be mocked per test; a request nobody expected fails the test.
export const network = setupServer();

beforeAll(() => network.listen({ onUnhandledRequest: "error" }));
beforeEach(() => resetConfig());
afterEach(() => {
  network.resetHandlers();
  resetConfig();
});
afterAll(() => {
  network.close();
  rmSync(dataDir, { recursive: true, force: true });
});
