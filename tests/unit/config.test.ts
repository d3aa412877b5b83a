import { describe, expect, it, vi } from "vitest";
import { ConfigError, getConfig, loadConfig, resetConfig } from "@/lib/config";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected loadConfig to throw");
}

const ALL_SECRETS = {
  DATABASE_URL: "postgres://cadence:pw-database-1@db.example:5432/cadence",
  AUTH_SECRET: "auth-secret-0123456789abcdef0123456789",
  CLERK_SECRET_KEY: "sk_live_clerk_secret_1",
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_live_clerk_publishable_1",
  CLERK_WEBHOOK_SIGNING_SECRET: "whsec_clerk_webhook_1",
  CRON_SECRET: "cron-secret-0123456789",
  SUPABASE_URL: "https://project-ref-1.supabase.co",
  SUPABASE_SERVICE_ROLE_KEY: "supabase-service-role-1",
  GEMINI_API_KEY: "gemini-key-1",
  GROQ_API_KEY: "groq-key-1",
  OPENAI_API_KEY: "openai-key-1",
  OPENAI_BASE_URL: "https://llm.internal.example/v1",
  ELEVENLABS_API_KEY: "elevenlabs-key-1",
  ELEVENLABS_AGENT_ID: "elevenlabs-agent-1",
  ELEVENLABS_WEBHOOK_SECRET: "elevenlabs-hook-1",
  DEEPL_API_KEY: "deepl-key-1",
  GOOGLE_TRANSLATE_API_KEY: "google-key-1",
  STRIPE_SECRET_KEY: "sk_live_stripe_1",
  STRIPE_WEBHOOK_SECRET: "whsec_stripe_1",
  ICE_SERVERS: '[{"urls":"turn:turn.example","username":"u","credential":"turn-credential-1"}]',
  VERCEL: "1",
};

describe("loadConfig", () => {
  it("runs with no environment at all on the embedded defaults", () => {
    const config = loadConfig({});
    expect(config.env).toMatchObject({
      NODE_ENV: "development",
      APP_URL: "http://localhost:3000",
      DATA_DIR: ".data",
      DATABASE_POOL_SIZE: 10,
      LOG_LEVEL: "info",
    });
    expect(config.secureCookies).toBe(false);
    expect(config.providers).toEqual({
      database: "pglite",
      auth: "local",
      realtime: "postgres",
      llm: "offline",
      embeddings: "local",
      emotion: "lexicon",
      voice: "browser",
      stt: "browser",
      translation: "apertium",
      media: "webrtc-p2p",
      payments: "off",
      storage: "local",
      scheduler: "in-process",
      email: "outbox",
      push: "vapid-generated",
    });
  });

  it("switches every capability to its production provider when configured", () => {
    expect(loadConfig(ALL_SECRETS).providers).toEqual({
      database: "postgres",
      auth: "clerk",
      realtime: "postgres+supabase",
      llm: "gemini+groq+openai",
      embeddings: "openai",
      emotion: "llm",
      voice: "elevenlabs",
      stt: "elevenlabs-scribe",
      translation: "deepl+google",
      media: "webrtc+ice",
      payments: "stripe",
      storage: "supabase",
      scheduler: "vercel-cron",
      email: "outbox",
      push: "vapid-generated",
    });
  });

  it.each([
    [{ GROQ_API_KEY: "k" }, { llm: "groq", emotion: "llm", embeddings: "local" }],
    [{ OPENAI_API_KEY: "k" }, { llm: "openai", embeddings: "openai" }],
    [{ GEMINI_API_KEY: "k", OPENAI_API_KEY: "k" }, { llm: "gemini+openai" }],
    [{ GOOGLE_TRANSLATE_API_KEY: "k" }, { translation: "google" }],
    // Clerk needs both keys, Supabase both URL and service key; half a pair changes nothing.
    [{ CLERK_SECRET_KEY: "k" }, { auth: "local" }],
    [{ NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "k" }, { auth: "local" }],
    [{ SUPABASE_URL: "https://x.supabase.co" }, { realtime: "postgres", storage: "local" }],
    [{ SUPABASE_SERVICE_ROLE_KEY: "k" }, { realtime: "postgres", storage: "local" }],
    [{ SMTP_URL: "smtp://mail.example.com:587", EMAIL_FROM: "Cadence <hi@example.com>" }, { email: "smtp" }],
    [{ SMTP_URL: "smtp://mail.example.com:587" }, { email: "outbox" }],
  ] as const)("picks providers from %j", (env, expected) => {
    expect(loadConfig(env).providers).toMatchObject(expected);
  });

  it("never puts a secret into the providers it reports", () => {
    const reported = JSON.stringify(loadConfig(ALL_SECRETS).providers);
    for (const [name, value] of Object.entries(ALL_SECRETS)) {
      if (name === "VERCEL") continue;
      expect(reported).not.toContain(value);
    }
    expect(reported).not.toMatch(/key|secret|credential|pw-|sk_|whsec/i);
  });

  it("treats empty and blank strings as unset", () => {
    const config = loadConfig({
      DATABASE_URL: "",
      AUTH_SECRET: "",
      CRON_SECRET: "",
      GEMINI_API_KEY: "   ",
      CLERK_SECRET_KEY: "",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "",
      STRIPE_SECRET_KEY: " ",
      APP_URL: "",
      ICE_SERVERS: "",
    });
    expect(config.env.DATABASE_URL).toBeUndefined();
    expect(config.env.AUTH_SECRET).toBeUndefined();
    expect(config.env.APP_URL).toBe("http://localhost:3000");
    expect(config.providers).toMatchObject({ database: "pglite", llm: "offline", auth: "local", payments: "off", media: "webrtc-p2p" });
  });

  it.each(["not a url", "http://db.example/cadence", "mysql://user@db.example/cadence", "postgres//missing-colon"])(
    "rejects DATABASE_URL=%j with a ConfigError naming DATABASE_URL",
    (url) => {
      const error = configError({ DATABASE_URL: url });
      expect(new Set(error.issues.map((i) => i.variable))).toEqual(new Set(["DATABASE_URL"]));
      expect(error.message).toContain("DATABASE_URL");
    },
  );

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@h:5432/d" }).providers.database).toBe("postgres");
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/d" }).env.DATABASE_URL).toBe("postgres://u@h/d");
  });

  it("reports every invalid variable at once, by name, without echoing values", () => {
    const error = configError({
      AUTH_SECRET: "too-short-secret",
      CRON_SECRET: "short",
      APP_URL: "localhost",
      DATABASE_POOL_SIZE: "0",
      ICE_SERVERS: '{"urls":"stun:x"}',
      LOG_LEVEL: "loud",
    });
    expect(new Set(error.issues.map((i) => i.variable))).toEqual(
      new Set(["APP_URL", "AUTH_SECRET", "CRON_SECRET", "DATABASE_POOL_SIZE", "ICE_SERVERS", "LOG_LEVEL"]),
    );
    expect(error.message).not.toContain("too-short-secret");
  });

  it("uses secure cookies exactly when APP_URL is https", () => {
    expect(loadConfig({ APP_URL: "https://cadence.example" }).secureCookies).toBe(true);
    expect(loadConfig({ APP_URL: "http://cadence.example" }).secureCookies).toBe(false);
  });

  it("coerces the pool size", () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: "25" }).env.DATABASE_POOL_SIZE).toBe(25);
  });
});

describe("AI models from the environment", () => {
  it("defaults every vendor to a current production model", () => {
    expect(loadConfig({}).models).toEqual({
      chat: { gemini: "gemini-3.8-flash", groq: "openai/gpt-oss-120b", openai: "gpt-6-luna" },
      embedding: "text-embedding-3-small",
      byTask: {},
    });
  });

  it("takes a model per vendor and a vendor:model per task", () => {
    const { models } = loadConfig({
      GEMINI_MODEL: "gemini-3.5-flash",
      GROQ_MODEL: "openai/gpt-oss-20b",
      OPENAI_MODEL: "llama3.3:70b",
      OPENAI_EMBEDDING_MODEL: "nomic-embed-text",
      AI_MODEL_DEEP_SCORE: "gemini:gemini-3.8-flash",
      AI_MODEL_PERSONA_REPLY: " groq:openai/gpt-oss-20b ",
      AI_MODEL_COACH: "",
    });
    expect(models).toEqual({
      chat: { gemini: "gemini-3.5-flash", groq: "openai/gpt-oss-20b", openai: "llama3.3:70b" },
      embedding: "nomic-embed-text",
      byTask: {
        "deep-score": { vendor: "gemini", model: "gemini-3.8-flash" },
        "persona-reply": { vendor: "groq", model: "openai/gpt-oss-20b" },
      },
    });
  });

  it("stops on a malformed AI_MODEL_* value or an unknown task, naming the variable", () => {
    const error = configError({
      AI_MODEL_DEEP_SCORE: "gemini-3.8-flash",
      AI_MODEL_SUMMARY: "anthropic:claude",
      AI_MODEL_DEEP_SCROE: "gemini:gemini-3.8-flash",
    });
    expect(error.issues.map((i) => i.variable).sort()).toEqual(["AI_MODEL_DEEP_SCORE", "AI_MODEL_DEEP_SCROE", "AI_MODEL_SUMMARY"]);
    expect(error.message).toContain("AI_MODEL_DEEP_SCORE: must be vendor:model with vendor one of gemini, groq, openai");
    expect(error.message).toContain("AI_MODEL_DEEP_SCROE: is not a task");
  });

  it("reads DATABASE_LISTEN_URL and the per-minute limits, with generous defaults", () => {
    const config = loadConfig({ DATABASE_LISTEN_URL: "postgres://u@db.example:5432/app", RATE_LIMIT_COACH_CHAT_PER_MINUTE: "60" });
    expect(config.env).toMatchObject({
      DATABASE_LISTEN_URL: "postgres://u@db.example:5432/app",
      RATE_LIMIT_COACH_CHAT_PER_MINUTE: 60,
      RATE_LIMIT_PERSONA_REPLY_PER_MINUTE: 30,
      RATE_LIMIT_PERSONA_GENERATE_PER_MINUTE: 10,
      RATE_LIMIT_COACH_TTS_PER_MINUTE: 30,
      RATE_LIMIT_SCORE_RETRY_PER_MINUTE: 5,
    });
    expect(configError({ RATE_LIMIT_COACH_CHAT_PER_MINUTE: "0" }).issues[0]?.variable).toBe("RATE_LIMIT_COACH_CHAT_PER_MINUTE");
  });
});

describe("getConfig", () => {
  it("parses process.env once and again only after resetConfig()", () => {
    resetConfig();
    vi.stubEnv("GEMINI_API_KEY", "k1");
    const first = getConfig();
    expect(first.providers.llm).toBe("gemini");
    vi.stubEnv("GEMINI_API_KEY", "");
    expect(getConfig()).toBe(first);
    resetConfig();
    expect(getConfig().providers.llm).toBe("offline");
    resetConfig();
  });
});
