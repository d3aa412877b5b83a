import "server-only";
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { getConfig } from "../../config";
import { REQUEST_TIMEOUT_MS } from "../models";
import { ProviderError } from "../provider-error";
import type { JsonRequest, ProviderAdapter, ProviderReply, StreamPart, TextRequest, Usage } from "../types";
import { mapStainlessError, toChatCompletionMessages, toChatCompletionUsage } from "./chat-completions";

const DEFAULT_BASE_URL = "https://api.openai.com/v1";

// OpenAI's reasoning models (o-series, GPT-5 and GPT-6) answer 400 to a temperature unless reasoning
// is switched off, which not all of them allow; they get none and reason at their default effort.
const REASONING_MODEL = /^(o\d|gpt-[5-9])/;

function temperatureFor(model: string, temperature: number | undefined) {
  return REASONING_MODEL.test(model) ? {} : { temperature };
}

let cached: { key: string; client: OpenAI } | undefined;

// Built on first use (not at import) so the key, the base URL and the global fetch are the current ones.
function getOpenAiClient(): OpenAI {
  const { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: baseURL = DEFAULT_BASE_URL } = getConfig().env;
  if (!apiKey) throw new ProviderError({ provider: "openai", code: "auth", message: "OPENAI_API_KEY is not set." });
  const key = `${apiKey}\n${baseURL}`;
  if (cached?.key !== key) {
    // Retries are ours (lib/ai/retry.ts). Organization and project are pinned so stray OPENAI_ORG_ID or
    // OPENAI_PROJECT_ID variables never reach a request.
    cached = { key, client: new OpenAI({ apiKey, baseURL, organization: null, project: null, maxRetries: 0 }) };
  }
  return cached.client;
}

function toOpenAiError(error: unknown): ProviderError {
  return mapStainlessError({
    provider: "openai",
    error,
    classes: { APIError, APIConnectionError, APIConnectionTimeoutError },
  });
}

async function completeJson(model: string, request: JsonRequest): Promise<ProviderReply> {
  try {
    const completion = await getOpenAiClient().chat.completions.create(
      {
        model,
        messages: toChatCompletionMessages(request),
        ...temperatureFor(model, request.temperature),
        // Not strict: strict mode rejects optional fields, and the reply is validated with zod anyway.
        response_format: {
          type: "json_schema",
          json_schema: { name: request.schemaName, schema: request.jsonSchema, strict: false },
        },
      },
      { timeout: REQUEST_TIMEOUT_MS.json },
    );
    const text = completion.choices[0]?.message.content;
    if (!text) throw new ProviderError({ provider: "openai", code: "empty_response", message: "The completion has no content." });
    return { text, usage: toChatCompletionUsage(completion.usage) };
  } catch (error) {
    throw toOpenAiError(error);
  }
}

async function* streamText(model: string, request: TextRequest): AsyncGenerator<StreamPart> {
  try {
    const stream = await getOpenAiClient().chat.completions.create(
      {
        model,
        messages: toChatCompletionMessages(request),
        ...temperatureFor(model, request.temperature),
        stream: true,
        stream_options: { include_usage: true },
      },
      { timeout: REQUEST_TIMEOUT_MS.stream },
    );
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.content;
      if (delta) yield { type: "delta", text: delta };
      if (chunk.usage) yield { type: "usage", usage: toChatCompletionUsage(chunk.usage) };
    }
  } catch (error) {
    throw toOpenAiError(error);
  }
}

export function createOpenAiAdapter(model: string): ProviderAdapter {
  return {
    name: "openai",
    model,
    isConfigured: () => Boolean(getConfig().env.OPENAI_API_KEY),
    completeJson: (request) => completeJson(model, request),
    streamText: (request) => streamText(model, request),
  };
}

/** The ids of every model the key can use (GET /models, on OPENAI_BASE_URL when set). */
export async function listOpenAiModels(): Promise<string[]> {
  try {
    const ids: string[] = [];
    for await (const entry of getOpenAiClient().models.list({ timeout: REQUEST_TIMEOUT_MS.listModels })) ids.push(entry.id);
    return ids;
  } catch (error) {
    throw toOpenAiError(error);
  }
}

/** Embeds up to one batch of texts with the embedding model, in input order. */
export async function createOpenAiEmbeddings({ model, texts }: { model: string; texts: string[] }): Promise<{ vectors: number[][]; usage: Usage }> {
  try {
    const response = await getOpenAiClient().embeddings.create(
      // Floats rather than the SDK's default base64: OpenAI-compatible servers don't all speak base64.
      { model, input: texts, encoding_format: "float" },
      { timeout: REQUEST_TIMEOUT_MS.embeddings },
    );
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    return { vectors, usage: { inputTokens: response.usage.prompt_tokens, outputTokens: null } };
  } catch (error) {
    throw toOpenAiError(error);
  }
}
