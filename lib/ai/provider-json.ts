import "server-only";
import type { z } from "zod";
import { type CallContext, recordLlmCall } from "./call-log";
import { buildRepairMessages, type JsonCheck, parseJsonOutput } from "./json-output";
import { attemptWithRetries } from "./provider-attempt";
import { ProviderError } from "./provider-error";
import type { Sleep } from "./retry";
import type { ChatMessage, JsonRequest, ProviderAdapter } from "./types";

type ProviderJsonOptions<T> = {
  context: CallContext;
  adapter: ProviderAdapter;
  schema: z.ZodType<T>;
  request: JsonRequest;
  sleep: Sleep;
};

async function requestCheckedJson<T>({
  context,
  adapter,
  schema,
  request,
  sleep,
  messages,
}: ProviderJsonOptions<T> & { messages: ChatMessage[] }): Promise<{ text: string; check: JsonCheck<T> }> {
  const { value: reply, startedAt } = await attemptWithRetries({
    context,
    adapter,
    sleep,
    run: () => adapter.completeJson({ ...request, messages }),
  });
  const check = parseJsonOutput({ text: reply.text, schema });
  await recordLlmCall({
    context,
    provider: adapter.name,
    model: adapter.model,
    startedAt,
    usage: reply.usage,
    errorCode: check.success ? null : check.code,
  });
  return { text: reply.text, check };
}

/** Asks one provider for JSON (with its retries) and validates it; an unusable answer gets one
 * repair request to the same provider that quotes the validation error. Throws a ProviderError when
 * this provider cannot produce a valid answer. */
export async function generateJsonWithProvider<T>(options: ProviderJsonOptions<T>): Promise<T> {
  const first = await requestCheckedJson({ ...options, messages: options.request.messages });
  if (first.check.success) return first.check.data;
  const repairMessages = buildRepairMessages({
    messages: options.request.messages,
    reply: first.text,
    problem: first.check.message,
  });
  const repaired = await requestCheckedJson({ ...options, messages: repairMessages });
  if (repaired.check.success) return repaired.check.data;
  throw new ProviderError({
    provider: options.adapter.name,
    code: "invalid_output",
    message: `The answer was unusable twice: ${repaired.check.message}`,
  });
}
