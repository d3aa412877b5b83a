import "server-only";
import type { Db } from "../db/types";
import { log } from "../log";
import { type CallContext, readClock } from "./call-log";
import { createNoAnswerError, getOfflineEngine } from "./offline-engines";
import { attemptWithRetries } from "./provider-attempt";
import { resolveProviderChain } from "./provider-chain";
import { ProviderError } from "./provider-error";
import { type Sleep, sleepFor } from "./retry";
import { createTextStream, openStream, type TextStream } from "./text-stream";
import { type AiTask, type ChatMessage, NO_USAGE, type ProviderAdapter, type StreamPart, type TextRequest } from "./types";

export type StreamTextOptions = {
  db: Db;
  userId?: string | null;
  task: AiTask;
  messages: ChatMessage[];
  system?: string;
  temperature?: number;
  /** Structured input for the task's offline engine. */
  context?: unknown;
  /** Waits between retries; tests pass one that returns at once. */
  sleep?: Sleep;
};

type ProviderStreamRequest = { context: CallContext; adapter: ProviderAdapter; request: TextRequest };

async function openProviderStream({ context, adapter, request }: ProviderStreamRequest) {
  const opened = await openStream({ parts: adapter.streamText(request), usage: NO_USAGE });
  if (opened.first === null) {
    const message = `The ${context.task} stream had no text.`;
    throw new ProviderError({ provider: adapter.name, code: "empty_response", message });
  }
  return opened;
}

async function* toDeltaParts({ texts }: { texts: AsyncIterable<string> }): AsyncGenerator<StreamPart> {
  for await (const text of texts) yield { type: "delta", text };
}

/** Streams a reply from the task's providers in order, then its offline engine. Resolves once the
 * first delta has arrived, so a provider that fails before answering is retried or replaced and a
 * route can still answer with an error; after that, deltas are passed on as they are generated. */
export async function streamText(options: StreamTextOptions): Promise<TextStream> {
  const { db, userId, task, messages, system, temperature, sleep = sleepFor } = options;
  const context: CallContext = { db, userId, task };
  const request: TextRequest = { system, messages, temperature };
  const failures: ProviderError[] = [];
  for (const adapter of resolveProviderChain({ task })) {
    try {
      const { value: opened, startedAt } = await attemptWithRetries({
        context,
        adapter,
        sleep,
        run: () => openProviderStream({ context, adapter, request }),
      });
      return createTextStream({ context, provider: adapter.name, model: adapter.model, opened, startedAt });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      log.warn({ task, provider: adapter.name, error: error.summary }, "AI provider failed; trying the next one");
      failures.push(error);
    }
  }
  const engine = getOfflineEngine({ task });
  if (engine?.streamText) {
    const startedAt = readClock();
    const texts = engine.streamText({ task, messages, system, context: options.context });
    const opened = await openStream({ parts: toDeltaParts({ texts }), usage: NO_USAGE });
    return createTextStream({ context, provider: "offline", model: engine.name, opened, startedAt });
  }
  throw createNoAnswerError({ task, failures });
}
