import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveProviderChain, TASK_PROVIDERS } from "@/lib/ai/provider-chain";
import { createStatusError, ProviderError } from "@/lib/ai/provider-error";
import { getProviderStatus, markProviderFailure, markProviderOk, resetProviderStatus } from "@/lib/ai/provider-status";
import { AI_TASKS } from "@/lib/ai/types";
import { resetConfig } from "@/lib/config";

function configure(keys: { gemini?: boolean; groq?: boolean; openai?: boolean }) {
  vi.stubEnv("GEMINI_API_KEY", keys.gemini ? "g" : "");
  vi.stubEnv("GROQ_API_KEY", keys.groq ? "q" : "");
  vi.stubEnv("OPENAI_API_KEY", keys.openai ? "o" : "");
  resetConfig();
}

const chainFor = (task: (typeof AI_TASKS)[number]) => resolveProviderChain({ task }).map((adapter) => adapter.name);

beforeEach(() => resetProviderStatus());
afterEach(() => resetConfig());

describe("resolveProviderChain", () => {
  it("orders every provider by the task's preference when all are configured", () => {
    configure({ gemini: true, groq: true, openai: true });
    expect(chainFor("persona")).toEqual(["gemini", "openai", "groq"]);
    expect(chainFor("quick-score")).toEqual(["groq", "gemini", "openai"]);
    expect(chainFor("deep-score")).toEqual(["gemini", "openai", "groq"]);
    expect(chainFor("coach")).toEqual(["openai", "gemini", "groq"]);
    expect(chainFor("summary")).toEqual(["groq", "gemini", "openai"]);
    expect(chainFor("persona-reply")).toEqual(["groq", "gemini", "openai"]);
  });

  it("gives every task a chain through all three providers", () => {
    for (const task of AI_TASKS) expect([...TASK_PROVIDERS[task]].sort()).toEqual(["gemini", "groq", "openai"]);
  });

  it("keeps only configured providers", () => {
    configure({ openai: true });
    expect(chainFor("persona")).toEqual(["openai"]);
    configure({ gemini: true, openai: true });
    expect(chainFor("summary")).toEqual(["gemini", "openai"]);
  });

  it("is empty when no key is set", () => {
    configure({});
    for (const task of AI_TASKS) expect(chainFor(task)).toEqual([]);
  });
});

describe("provider status", () => {
  it("starts unknown, goes failing on rejected credentials, degraded on outages, ok on success", () => {
    expect(getProviderStatus().groq).toEqual({ state: "unknown", lastError: null, lastFailureAt: null, lastOkAt: null });

    markProviderFailure({ provider: "groq", error: createStatusError({ provider: "groq", status: 401, message: "bad key" }) });
    expect(getProviderStatus().groq).toMatchObject({ state: "failing", lastError: "auth (HTTP 401)", lastFailureAt: expect.any(Date) });

    markProviderOk({ provider: "groq" });
    expect(getProviderStatus().groq).toMatchObject({ state: "ok", lastError: "auth (HTTP 401)", lastOkAt: expect.any(Date) });

    markProviderFailure({ provider: "groq", error: new ProviderError({ provider: "groq", code: "timeout", message: "slow" }) });
    expect(getProviderStatus().groq).toMatchObject({ state: "degraded", lastError: "timeout" });
    expect(getProviderStatus().gemini.state).toBe("unknown");
  });
});
