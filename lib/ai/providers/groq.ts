import "server-only";
import Groq, { APIConnectionError, APIConnectionTimeoutError, APIError } from "groq-sdk";
import { getConfig } from "../../config";
import { REQUEST_TIMEOUT_MS } from "../models";
import { ProviderError } from "../provider-error";
import type { JsonRequest, ProviderAdapter, ProviderReply, StreamPart, TextRequest } from "../types";
import { mapStainlessError, toChatCompletionMessages, toChatCompletionUsage } from "./chat-completions";

const BASE_URL = "https://api.groq.com";
let cached: { apiKey: string; client: Groq } | undefined;

// Built on first use (not at import) so the key and the global fetch are the current ones.
function getGroqClient(): Groq {
  const apiKey = getConfig().env.GROQ_API_KEY;
  if (!apiKey) throw new ProviderError({ provider: "groq", code: "auth", message: "GROQ_API_KEY is not set." });
  if (cached?.apiKey !== apiKey) {
    // Retries are ours (lib/ai/retry.ts); the base URL is pinned so a stray GROQ_BASE_URL can't redirect us.
    cached = { apiKey, client: new Groq({ apiKey, baseURL: BASE_URL, maxRetries: 0 }) };
  }
  return cached.client;
}

function toGroqError(error: unknown): ProviderError {
  return mapStainlessError({
    provider: "groq",
    error,
    classes: { APIError, APIConnectionError, APIConnectionTimeoutError },
  });
}

// Groq's JSON mode takes no schema, so the schema travels in the system prompt (which must also
// mention JSON, or Groq rejects json_object requests).
function withSchemaInstruction(request: JsonRequest): string {
  const instruction = `Respond with one JSON object that conforms to this JSON Schema:\n${JSON.stringify(request.jsonSchema)}`;
  return request.system ? `${request.system}\n\n${instruction}` : instruction;
}

async function completeJson(model: string, request: JsonRequest): Promise<ProviderReply> {
  try {
    const completion = await getGroqClient().chat.completions.create(
      {
        model,
        messages: toChatCompletionMessages({ system: withSchemaInstruction(request), messages: request.messages }),
        temperature: request.temperature,
        response_format: { type: "json_object" },
      },
      { timeout: REQUEST_TIMEOUT_MS.json },
    );
    const text = completion.choices[0]?.message.content;
    if (!text) throw new ProviderError({ provider: "groq", code: "empty_response", message: "The completion has no content." });
    return { text, usage: toChatCompletionUsage(completion.usage) };
  } catch (error) {
    throw toGroqError(error);
  }
}

async function* streamText(model: string, request: TextRequest): AsyncGenerator<StreamPart> {
  try {
    const stream = await getGroqClient().chat.completions.create(
      { model, messages: toChatCompletionMessages(request), temperature: request.temperature, stream: true },
      { timeout: REQUEST_TIMEOUT_MS.stream },
    );
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.content;
      if (delta) yield { type: "delta", text: delta };
      if (chunk.x_groq?.usage) yield { type: "usage", usage: toChatCompletionUsage(chunk.x_groq.usage) };
    }
  } catch (error) {
    throw toGroqError(error);
  }
}

/** The ids of every model the key can use (GET /openai/v1/models). */
export async function listGroqModels(): Promise<string[]> {
  try {
    const list = await getGroqClient().models.list({ timeout: REQUEST_TIMEOUT_MS.listModels });
    return list.data.map((entry) => entry.id);
  } catch (error) {
    throw toGroqError(error);
  }
}

export function createGroqAdapter(model: string): ProviderAdapter {
  return {
    name: "groq",
    model,
    isConfigured: () => Boolean(getConfig().env.GROQ_API_KEY),
    completeJson: (request) => completeJson(model, request),
    streamText: (request) => streamText(model, request),
  };
}
