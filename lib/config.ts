import { z } from "zod";
import { type ModelSettings, parseModelSettings } from "./ai/model-settings";
import { hasTurnServer, type IceServer, parseIceServers } from "./media/ice-servers";

// Parsed once; every other module reads configuration through getConfig(). No "server-only" import
// here because next.config.ts and drizzle.config.ts validate the environment with it too.

const optionalString = z.string().trim().min(1).optional();
const passMark = z.coerce.number().int().min(1).max(100);
const postgresUrl = z
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgres:// or postgresql:// URL");

/** A per-user, per-minute limit on a costly route. */
function perMinute(fallback: number) {
  return z.coerce.number().int().min(1).max(10_000).default(fallback);
}

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_URL: z.url().default("http://localhost:3000"),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_LISTEN_URL: postgresUrl.optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  CLERK_SECRET_KEY: optionalString,
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: optionalString,
  CLERK_WEBHOOK_SIGNING_SECRET: optionalString,
  CLERK_JWT_KEY: optionalString,
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  SUPABASE_URL: z.url().optional(),
  SUPABASE_SERVICE_ROLE_KEY: optionalString,
  SUPABASE_STORAGE_BUCKET: z.string().trim().min(1).default("cadence"),
  GEMINI_API_KEY: optionalString,
  GROQ_API_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.url().optional(),
  GEMINI_MODEL: optionalString,
  GROQ_MODEL: optionalString,
  OPENAI_MODEL: optionalString,
  OPENAI_EMBEDDING_MODEL: optionalString,
  RATE_LIMIT_PERSONA_GENERATE_PER_MINUTE: perMinute(10),
  RATE_LIMIT_PERSONA_REPLY_PER_MINUTE: perMinute(30),
  RATE_LIMIT_COACH_CHAT_PER_MINUTE: perMinute(30),
  RATE_LIMIT_COACH_TTS_PER_MINUTE: perMinute(30),
  RATE_LIMIT_SCORE_RETRY_PER_MINUTE: perMinute(5),
  RATE_LIMIT_TRANSLATE_PER_MINUTE: perMinute(60),
  RATE_LIMIT_CHAT_MESSAGE_PER_MINUTE: perMinute(120),
  RATE_LIMIT_VOICE_TRANSCRIBE_PER_MINUTE: perMinute(10),
  PRACTICE_PASS_MARK: passMark.default(70),
  PRACTICE_PASS_MARK_COLD_CALL: passMark.optional(),
  PRACTICE_PASS_MARK_DISCOVERY: passMark.optional(),
  PRACTICE_PASS_MARK_OBJECTION_GAUNTLET: passMark.optional(),
  ELEVENLABS_API_KEY: optionalString,
  ELEVENLABS_AGENT_ID: optionalString,
  ELEVENLABS_WEBHOOK_SECRET: optionalString,
  TRANSCRIPTION_URL: z.url().optional(),
  TRANSCRIPTION_API_KEY: optionalString,
  TRANSCRIPTION_MODEL: z.string().trim().min(1).default("whisper-1"),
  DEEPL_API_KEY: optionalString,
  GOOGLE_TRANSLATE_API_KEY: optionalString,
  TRANSLATION_BUDGET_MS: z.coerce.number().int().min(10).max(30_000).default(250),
  APERTIUM_BUDGET_MS: z.coerce.number().int().min(10).max(30_000).default(5_000),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  ICE_SERVERS: z
    .string()
    .optional()
    .transform((v, ctx): IceServer[] | undefined => {
      if (v === undefined) return undefined;
      const parsed = parseIceServers(v);
      if ("servers" in parsed) return parsed.servers;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }),
  /** "relay": calls use TURN only, so neither person learns the other's IP address. */
  ICE_TRANSPORT_POLICY: z.enum(["all", "relay"]).default("all"),
  SMTP_URL: z
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: optionalString,
  ADMIN_EMAILS: optionalString,
  VAPID_PUBLIC_KEY: optionalString,
  VAPID_PRIVATE_KEY: optionalString,
  VAPID_SUBJECT: z
    .string()
    .refine((v) => /^(mailto:|https:\/\/)/.test(v), "must be a mailto: or https:// URL")
    .optional(),
  VERCEL: optionalString,
  TRUSTED_PROXIES: optionalString,
  SSE_STREAMS_PER_USER: z.coerce.number().int().min(1).max(100_000).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export class ConfigError extends Error {
  constructor(public readonly issues: { variable: string; message: string }[]) {
    super(
      "Invalid environment configuration:\n" +
        issues.map((i) => `  ${i.variable}: ${i.message}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

export type Env = z.infer<typeof serverSchema>;

export type Providers = ReturnType<typeof decideProviders>;

export type Config = {
  env: Env;
  secureCookies: boolean;
  /** Development with APP_URL unset: a localhost request's own origin is trusted, whatever the port. */
  trustRequestOrigin: boolean;
  providers: Providers;
  models: ModelSettings;
};

function emptyToUndefined(source: Record<string, string | undefined>) {
  return Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
}

function decideProviders(env: Env) {
  const llm = [
    env.GEMINI_API_KEY && "gemini",
    env.GROQ_API_KEY && "groq",
    env.OPENAI_API_KEY && "openai",
  ].filter((p): p is string => Boolean(p));
  const translators = [env.DEEPL_API_KEY && "deepl", env.GOOGLE_TRANSLATE_API_KEY && "google"].filter(
    (p): p is string => Boolean(p),
  );
  const supabase = Boolean(env.SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY);
  return {
    database: env.DATABASE_URL ? ("postgres" as const) : ("pglite" as const),
    auth:
      env.CLERK_SECRET_KEY && env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY
        ? ("clerk" as const)
        : ("local" as const),
    realtime: supabase ? "postgres+supabase" : "postgres",
    llm: llm.length ? llm.join("+") : "offline",
    embeddings: env.OPENAI_API_KEY ? "openai" : "local",
    emotion: llm.length ? "llm" : "lexicon",
    voice: env.ELEVENLABS_API_KEY ? "elevenlabs" : "browser",
    stt: env.ELEVENLABS_API_KEY ? "elevenlabs-scribe" : env.TRANSCRIPTION_URL ? "openai-compatible" : "browser",
    translation: translators.length ? translators.join("+") : "apertium",
    media: env.ICE_SERVERS?.length ? "webrtc+ice" : "webrtc-p2p",
    payments: env.STRIPE_SECRET_KEY ? "stripe" : "off",
    storage: supabase ? "supabase" : "local",
    scheduler: env.VERCEL ? "vercel-cron" : "in-process",
    email: env.SMTP_URL && env.EMAIL_FROM ? ("smtp" as const) : ("outbox" as const),
    push: env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY ? ("vapid-env" as const) : ("vapid-generated" as const),
  };
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = serverSchema.safeParse(emptyToUndefined(source));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const env = parsed.data;
  const { settings: models, issues } = parseModelSettings(env, source);
  if (issues.length) throw new ConfigError(issues);
  if (env.ICE_TRANSPORT_POLICY === "relay" && !hasTurnServer(env.ICE_SERVERS ?? [])) {
    throw new ConfigError([{ variable: "ICE_TRANSPORT_POLICY", message: "relay needs a turn: or turns: server in ICE_SERVERS" }]);
  }
  return {
    env,
    secureCookies: env.APP_URL.startsWith("https://"),
    trustRequestOrigin: env.NODE_ENV === "development" && !emptyToUndefined(source).APP_URL,
    providers: decideProviders(env),
    models,
  };
}

const globalForConfig = globalThis as unknown as { __cadenceConfig?: Config };

export function getConfig(): Config {
  globalForConfig.__cadenceConfig ??= loadConfig();
  return globalForConfig.__cadenceConfig;
}

/** Drops the cached configuration so the next getConfig() reads the environment again (tests). */
export function resetConfig(): void {
  globalForConfig.__cadenceConfig = undefined;
}
