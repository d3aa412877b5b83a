import "server-only";
import { llmCalls } from "../db/schema";
import type { Db } from "../db/types";
import { log } from "../log";
import type { ProviderLabel, Usage } from "./types";

/** Who is asking and for what: every provider attempt is logged against it. */
export type CallContext = { db: Db; userId?: string | null; task: string };

type CallRecord = {
  context: CallContext;
  provider: ProviderLabel;
  model: string;
  startedAt: number;
  usage: Usage;
  errorCode: string | null;
};

/** Milliseconds on a monotonic clock, for latency. */
export function readClock(): number {
  return performance.now();
}

/** Writes one llm_calls row. A logging failure must not fail the user's request, so it is only logged. */
export async function recordLlmCall({ context, provider, model, startedAt, usage, errorCode }: CallRecord): Promise<void> {
  try {
    await context.db.insert(llmCalls).values({
      userId: context.userId ?? null,
      task: context.task,
      provider,
      model,
      latencyMs: Math.max(0, Math.round(readClock() - startedAt)),
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      status: errorCode === null ? "ok" : "error",
      errorCode,
    });
  } catch (error) {
    log.warn({ err: error, task: context.task, provider }, "could not record llm call");
  }
}
