import "server-only";
import { ApiError, type Content, type GenerateContentResponseUsageMetadata, GoogleGenAI } from "@google/genai";
import { getConfig } from "../../config";
import { REQUEST_TIMEOUT_MS } from "../models";
import { createStatusError, ProviderError } from "../provider-error";
import type { ChatMessage, JsonRequest, ProviderAdapter, ProviderReply, StreamPart, TextRequest, Usage } from "../types";

const BASE_URL = "https://generativelanguage.googleapis.com/";
let cached: { apiKey: string; client: GoogleGenAI } | undefined;

// Built on first use (not at import) so the key and the global fetch are the current ones.
function getGeminiClient(): GoogleGenAI {
  const apiKey = getConfig().env.GEMINI_API_KEY;
  if (!apiKey) throw new ProviderError({ provider: "gemini", code: "auth", message: "GEMINI_API_KEY is not set." });
  if (cached?.apiKey !== apiKey) {
    // The SDK does not retry unless httpOptions.retryOptions is set. The API and URL are pinned so
    // GOOGLE_GENAI_USE_VERTEXAI or GOOGLE_GEMINI_BASE_URL can't redirect us.
    cached = { apiKey, client: new GoogleGenAI({ apiKey, vertexai: false, httpOptions: { baseUrl: BASE_URL } }) };
  }
  return cached.client;
}

function toGeminiError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof ApiError) return createStatusError({ provider: "gemini", status: error.status, message: error.message });
  // The SDK aborts an attempt when httpOptions.timeout passes; fetch rejects with a TypeError when
  // the connection fails.
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return new ProviderError({ provider: "gemini", code: "timeout", message: error.message, cause: error });
  }
  if (error instanceof TypeError) {
    return new ProviderError({ provider: "gemini", code: "network", message: error.message, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError({ provider: "gemini", code: "unknown", message, cause: error });
}

function toContents(messages: ChatMessage[]): Content[] {
  return messages.map(({ role, content }) => ({ role: role === "assistant" ? "model" : "user", parts: [{ text: content }] }));
}

// Thinking tokens are billed as output, so they count as output here.
function toUsage(usage: GenerateContentResponseUsageMetadata | undefined): Usage {
  const candidates = usage?.candidatesTokenCount;
  return {
    inputTokens: usage?.promptTokenCount ?? null,
    outputTokens: candidates === undefined ? null : candidates + (usage?.thoughtsTokenCount ?? 0),
  };
}

async function completeJson(model: string, request: JsonRequest): Promise<ProviderReply> {
  try {
    const response = await getGeminiClient().models.generateContent({
      model,
      contents: toContents(request.messages),
      config: {
        systemInstruction: request.system,
        temperature: request.temperature,
        responseMimeType: "application/json",
        responseJsonSchema: request.jsonSchema,
        httpOptions: { timeout: REQUEST_TIMEOUT_MS.json },
      },
    });
    const text = response.text;
    if (!text) throw new ProviderError({ provider: "gemini", code: "empty_response", message: "The response has no text." });
    return { text, usage: toUsage(response.usageMetadata) };
  } catch (error) {
    throw toGeminiError(error);
  }
}

async function* streamText(model: string, request: TextRequest): AsyncGenerator<StreamPart> {
  try {
    const stream = await getGeminiClient().models.generateContentStream({
      model,
      contents: toContents(request.messages),
      config: {
        systemInstruction: request.system,
        temperature: request.temperature,
        httpOptions: { timeout: REQUEST_TIMEOUT_MS.stream },
      },
    });
    for await (const chunk of stream) {
      const delta = chunk.text;
      if (delta) yield { type: "delta", text: delta };
      if (chunk.usageMetadata) yield { type: "usage", usage: toUsage(chunk.usageMetadata) };
    }
  } catch (error) {
    throw toGeminiError(error);
  }
}

/** The ids of every model the key can use (models.list names them "models/<id>"). */
export async function listGeminiModels(): Promise<string[]> {
  try {
    const pager = await getGeminiClient().models.list({
      config: { pageSize: 1000, httpOptions: { timeout: REQUEST_TIMEOUT_MS.listModels } },
    });
    const ids: string[] = [];
    for await (const entry of pager) if (entry.name) ids.push(entry.name.replace(/^models\//, ""));
    return ids;
  } catch (error) {
    throw toGeminiError(error);
  }
}

export function createGeminiAdapter(model: string): ProviderAdapter {
  return {
    name: "gemini",
    model,
    isConfigured: () => Boolean(getConfig().env.GEMINI_API_KEY),
    completeJson: (request) => completeJson(model, request),
    streamText: (request) => streamText(model, request),
  };
}
