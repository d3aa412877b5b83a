import "server-only";
import { z } from "zod";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { log } from "../log";
import { type CallContext, readClock, recordLlmCall } from "./call-log";
import { createNoAnswerError, getOfflineEngine, type OfflineEngine, type OfflineJsonInput } from "./offline-engines";
import { resolveProviderChain } from "./provider-chain";
import { ProviderError } from "./provider-error";
import { generateJsonWithProvider } from "./provider-json";
import { type Sleep, sleepFor } from "./retry";
import { type AiTask, type JsonRequest, NO_USAGE, type ProviderLabel } from "./types";

export type GenerateJsonOptions<T> = {
  db: Db;
  userId?: string | null;
  task: AiTask;
  schema: z.ZodType<T>;
  prompt: string;
  system?: string;
  temperature: number;
  /** Structured input for the task's offline engine (the prompt is written for a model). */
  context?: unknown;
  /** Waits between retries; tests pass one that returns at once. */
  sleep?: Sleep;
};

export type JsonResult<T> = { data: T; provider: ProviderLabel; model: string };

async function generateOfflineJson<T>({
  context,
  engineName,
  generate,
  schema,
  input,
}: {
  context: CallContext;
  engineName: string;
  generate: NonNullable<OfflineEngine["generateJson"]>;
  schema: z.ZodType<T>;
  input: OfflineJsonInput;
}): Promise<JsonResult<T>> {
  const startedAt = readClock();
  const parsed = schema.safeParse(await generate(input));
  await recordLlmCall({
    context,
    provider: "offline",
    model: engineName,
    startedAt,
    usage: NO_USAGE,
    errorCode: parsed.success ? null : "invalid_output",
  });
  if (!parsed.success) {
    throw apiError("INTERNAL_ERROR", "common.offlineInvalid", { values: { task: input.task } });
  }
  return { data: parsed.data, provider: "offline", model: engineName };
}

/** Asks the task's providers in order for JSON matching `schema` (retries, one repair each), then
 * the task's offline engine. Every answer returned has passed the schema. */
export async function generateJson<T>(options: GenerateJsonOptions<T>): Promise<JsonResult<T>> {
  const { db, userId, task, schema, prompt, system, temperature, sleep = sleepFor } = options;
  const context: CallContext = { db, userId, task };
  const request: JsonRequest = {
    system,
    messages: [{ role: "user", content: prompt }],
    temperature,
    schemaName: task,
    jsonSchema: z.toJSONSchema(schema, { unrepresentable: "any" }),
  };
  const failures: ProviderError[] = [];
  for (const adapter of resolveProviderChain({ task })) {
    try {
      const data = await generateJsonWithProvider({ context, adapter, schema, request, sleep });
      return { data, provider: adapter.name, model: adapter.model };
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      log.warn({ task, provider: adapter.name, error: error.summary }, "AI provider failed; trying the next one");
      failures.push(error);
    }
  }
  const engine = getOfflineEngine({ task });
  if (engine?.generateJson) {
    const input = { task, prompt, system, context: options.context };
    return generateOfflineJson({ context, engineName: engine.name, generate: engine.generateJson, schema, input });
  }
  throw createNoAnswerError({ task, failures });
}
