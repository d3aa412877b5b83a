import { describe, expect, it, vi } from "vitest";
import { createStatusError, ProviderError, toProviderError } from "@/lib/ai/provider-error";
import { RETRY_DELAYS_MS, runWithRetries } from "@/lib/ai/retry";
import type { ProviderName } from "@/lib/ai/types";

function failTimes(count: number, error: () => Error) {
  let calls = 0;
  const run = vi.fn(async () => {
    calls++;
    if (calls <= count) throw error();
    return "answer";
  });
  return run;
}

async function retry(provider: ProviderName, run: () => Promise<string>) {
  const delays: number[] = [];
  const result = await runWithRetries({ provider, run, sleep: async (ms) => void delays.push(ms) }).catch((e: unknown) => e);
  return { result, delays };
}

describe("runWithRetries", () => {
  it.each([
    ["gemini", [1_000, 2_000, 4_000]],
    ["groq", [500, 1_000]],
    ["openai", [1_000, 2_000]],
  ] as const)("%s retries with backoff %j, then gives up", async (provider, expected) => {
    expect(RETRY_DELAYS_MS[provider]).toEqual(expected);
    const run = failTimes(10, () => createStatusError({ provider, status: 503, message: "unavailable" }));

    const { result, delays } = await retry(provider, run);

    expect(result).toBeInstanceOf(ProviderError);
    expect(run).toHaveBeenCalledTimes(expected.length + 1);
    expect(delays).toEqual(expected);
  });

  it("returns the answer of the first attempt that succeeds", async () => {
    const run = failTimes(1, () => createStatusError({ provider: "gemini", status: 429, message: "slow down" }));

    expect(await retry("gemini", run)).toEqual({ result: "answer", delays: [1_000] });
  });

  it.each([400, 401, 403, 404])("does not retry HTTP %i", async (status) => {
    const run = failTimes(1, () => createStatusError({ provider: "groq", status, message: "no" }));

    const { result, delays } = await retry("groq", run);

    expect(result).toBeInstanceOf(ProviderError);
    expect(run).toHaveBeenCalledTimes(1);
    expect(delays).toEqual([]);
  });

  it("does not retry errors that are not provider errors", async () => {
    const run = failTimes(1, () => new RangeError("bug"));
    const { result, delays } = await retry("openai", run);
    expect(result).toBeInstanceOf(RangeError);
    expect(delays).toEqual([]);
  });
});

describe("ProviderError", () => {
  it.each([
    [401, "auth", false],
    [403, "auth", false],
    [400, "bad_request", false],
    [408, "timeout", true],
    [429, "rate_limited", true],
    [500, "server_error", true],
    [503, "server_error", true],
    [404, "model_unavailable", false],
  ] as const)("classifies HTTP %i as %s (retryable: %s)", (status, code, retryable) => {
    const error = createStatusError({ provider: "openai", status, message: "x" });
    expect([error.code, error.retryable, error.summary]).toEqual([code, retryable, `${code} (HTTP ${status})`]);
  });

  it("classifies a retired model (Groq's 400 model_decommissioned) as model_unavailable, other 400s as bad_request", () => {
    const retired = createStatusError({ provider: "groq", status: 400, message: "400 The model `llama-3.3-70b-versatile` has been decommissioned (model_decommissioned)" });
    expect([retired.code, retired.retryable]).toEqual(["model_unavailable", false]);
    expect(createStatusError({ provider: "groq", status: 400, message: "400 messages must not be empty" }).code).toBe("bad_request");
  });

  it("treats network errors and timeouts as retryable, unknown errors as not", () => {
    expect(new ProviderError({ provider: "gemini", code: "network", message: "reset" }).retryable).toBe(true);
    expect(new ProviderError({ provider: "gemini", code: "timeout", message: "slow" }).retryable).toBe(true);
    const unknown = toProviderError({ provider: "gemini", error: new Error("weird") });
    expect([unknown.code, unknown.retryable, unknown.summary]).toEqual(["unknown", false, "unknown"]);
  });
});
