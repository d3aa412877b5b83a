import "server-only";
import { apiError } from "../http";
import { type CallContext, recordLlmCall } from "./call-log";
import { toProviderError } from "./provider-error";
import { markProviderFailure } from "./provider-status";
import type { ProviderLabel, StreamPart, Usage } from "./types";

export type StreamSummary = {
  provider: ProviderLabel;
  model: string;
  text: string;
  usage: Usage;
  /** False when the reader stopped early (the browser went away); `text` is what was sent. */
  complete: boolean;
};

/** Text deltas in order, as the provider produces them. Read it once. `summary` settles when the
 * stream ends: the whole text and the token usage, or the error that cut it short. */
export type TextStream = AsyncIterable<string> & {
  provider: ProviderLabel;
  model: string;
  summary: Promise<StreamSummary>;
};

/** A provider stream whose first delta has arrived (null: it ended without one). */
export type OpenedStream = { iterator: AsyncIterator<StreamPart>; first: string | null; usage: Usage };

/** Reads up to the first text delta, so that a provider that fails before saying anything can still
 * be retried or replaced by the next one. */
export async function openStream({ parts, usage }: { parts: AsyncIterable<StreamPart>; usage: Usage }): Promise<OpenedStream> {
  const iterator = parts[Symbol.asyncIterator]();
  let latest = usage;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { iterator, first: null, usage: latest };
    if (next.value.type === "delta") return { iterator, first: next.value.text, usage: latest };
    latest = next.value.usage;
  }
}

type TextStreamSource = {
  context: CallContext;
  provider: ProviderLabel;
  model: string;
  opened: OpenedStream;
  startedAt: number;
};

/** Turns whatever cut a stream short into the error the reader sees: a provider failure is an
 * EXTERNAL_SERVICE_ERROR (and marks the provider), an offline engine's failure is our bug and stays as is. */
function describeStreamFailure({ provider, error, task }: { provider: ProviderLabel; error: unknown; task: string }) {
  if (provider === "offline") return { code: "offline_error", error };
  const failure = toProviderError({ provider, error });
  markProviderFailure({ provider, error: failure });
  return { code: failure.code, error: apiError("EXTERNAL_SERVICE_ERROR", "common.aiStopped", { values: { task }, details: { provider, error: failure.summary } }) };
}

/** Passes deltas through as they arrive and writes the attempt's llm_calls row when the stream ends. */
export function createTextStream({ context, provider, model, opened, startedAt }: TextStreamSource): TextStream {
  let resolveSummary!: (summary: StreamSummary) => void;
  let rejectSummary!: (error: unknown) => void;
  const summary = new Promise<StreamSummary>((resolve, reject) => {
    resolveSummary = resolve;
    rejectSummary = reject;
  });
  // Callers need not await the summary; a failed stream must not also become an unhandled rejection.
  summary.catch(() => {});
  const record = (usage: Usage, errorCode: string | null) =>
    recordLlmCall({ context, provider, model, startedAt, usage, errorCode });

  async function* readDeltas(): AsyncGenerator<string> {
    let text = "";
    let usage = opened.usage;
    let ended = false;
    try {
      if (opened.first !== null) {
        text += opened.first;
        yield opened.first;
      }
      for (let next = await opened.iterator.next(); !next.done; next = await opened.iterator.next()) {
        if (next.value.type === "usage") usage = next.value.usage;
        else {
          text += next.value.text;
          yield next.value.text;
        }
      }
      ended = true;
      await record(usage, null);
      resolveSummary({ provider, model, text, usage, complete: true });
    } catch (error) {
      ended = true;
      const failure = describeStreamFailure({ provider, error, task: context.task });
      await record(usage, failure.code);
      rejectSummary(failure.error);
      throw failure.error;
    } finally {
      if (!ended) {
        await opened.iterator.return?.();
        await record(usage, "cancelled");
        resolveSummary({ provider, model, text, usage, complete: false });
      }
    }
  }

  const deltas = readDeltas();
  return { provider, model, summary, [Symbol.asyncIterator]: () => deltas };
}
