import "server-only";
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { getConfig } from "../../config";
import { CHAT_MODELS, EMBEDDING_MODELS, REQUEST_TIMEOUT_MS } from "../models";
import { ProviderError } from "../provider-error";
import type { JsonRequest, ProviderAdapter, ProviderReply, StreamPart, TextRequest, Usage } from "../types";
import { mapStainlessError, toChatCompletionMessages, toChatCompletionUsage } from "./chat-completions";

const DEFAULT_BASE_URL = "https://api.openai.com/v1";
const model = CHAT_MODELS.openai;

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

async function completeJson(request: JsonRequest): Promise<ProviderReply> {
  try {
    const completion = await getOpenAiClient().chat.completions.create(
      {
        model,
        messages: toChatCompletionMessages(request),
        temperature: request.temperature,
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

async function* streamText(request: TextRequest): AsyncGenerator<StreamPart> {
  try {
    const stream = await getOpenAiClient().chat.completions.create(
      {
        model,
        messages: toChatCompletionMessages(request),
        temperature: request.temperature,
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

export const openAiAdapter: ProviderAdapter = {
  name: "openai",
  model,
  isConfigured: () => Boolean(getConfig().env.OPENAI_API_KEY),
  completeJson,
  streamText,
};

/** Embeds up to one batch of texts with text-embedding-3-small, in input order. */
export async function createOpenAiEmbeddings({ texts }: { texts: string[] }): Promise<{ vectors: number[][]; usage: Usage }> {
  try {
    const response = await getOpenAiClient().embeddings.create(
      // Floats rather than the SDK's default base64: OpenAI-compatible servers don't all speak base64.
      { model: EMBEDDING_MODELS.openai, input: texts, encoding_format: "float" },
      { timeout: REQUEST_TIMEOUT_MS.embeddings },
    );
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    return { vectors, usage: { inputTokens: response.usage.prompt_tokens, outputTokens: null } };
  } catch (error) {
    throw toOpenAiError(error);
  }
}
