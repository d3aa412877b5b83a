import "server-only";
import { getConfig } from "../config";
import type { Db } from "../db/types";
import { apiError } from "../http";
import { recordLlmCall } from "./call-log";
import { createEmbeddingKey, readCachedEmbeddings, writeCachedEmbeddings } from "./embedding-cache";
import { embedTextLocally } from "./local-embedding";
import { EMBEDDING_DIMENSIONS } from "./models";
import { runProviderAttempt } from "./provider-attempt";
import { ProviderError } from "./provider-error";
import { createOpenAiEmbeddings } from "./providers/openai";
import { runWithRetries, type Sleep, sleepFor } from "./retry";

export type EmbeddingEngine = "openai" | "local";

/** The most inputs OpenAI accepts in one embeddings request that we send. */
export const EMBEDDING_BATCH_SIZE = 100;

export function embeddingEngine(): EmbeddingEngine {
  return getConfig().env.OPENAI_API_KEY ? "openai" : "local";
}

/** Cosine of the angle between two vectors; 0 when either is the zero vector. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

async function requestOpenAiBatch({ db, texts, sleep }: { db: Db; texts: string[]; sleep: Sleep }): Promise<number[][]> {
  const context = { db, task: "embeddings" };
  const model = getConfig().models.embedding;
  const { value, startedAt } = await runWithRetries({
    provider: "openai",
    sleep,
    run: () => runProviderAttempt({ context, provider: "openai", model, run: () => createOpenAiEmbeddings({ model, texts }) }),
  });
  const { vectors, usage } = value;
  const valid = vectors.length === texts.length && vectors.every((vector) => vector.length === EMBEDDING_DIMENSIONS);
  await recordLlmCall({ context, provider: "openai", model, startedAt, usage, errorCode: valid ? null : "invalid_output" });
  if (!valid) {
    throw apiError("EXTERNAL_SERVICE_ERROR", "common.embeddingsShape", { values: { dimensions: EMBEDDING_DIMENSIONS } });
  }
  return vectors;
}

async function embedWithOpenAi({ db, texts, sleep }: { db: Db; texts: string[]; sleep: Sleep }): Promise<number[][]> {
  const model = getConfig().models.embedding;
  // OpenAI rejects empty inputs; a blank text has no meaning to embed, so it gets the zero vector.
  const keys = texts.map((text) => (text.trim() ? createEmbeddingKey({ model, text }) : null));
  const textByKey = new Map<string, string>();
  keys.forEach((key, i) => {
    if (key !== null) textByKey.set(key, texts[i] as string);
  });
  const vectorByKey = await readCachedEmbeddings({ db, keys: [...textByKey.keys()] });
  const missing = [...textByKey].filter(([key]) => !vectorByKey.has(key));
  const fresh: { key: string; embedding: number[] }[] = [];
  for (let start = 0; start < missing.length; start += EMBEDDING_BATCH_SIZE) {
    const batch = missing.slice(start, start + EMBEDDING_BATCH_SIZE);
    const vectors = await requestOpenAiBatch({ db, texts: batch.map(([, text]) => text), sleep });
    batch.forEach(([key], i) => fresh.push({ key, embedding: vectors[i] as number[] }));
  }
  await writeCachedEmbeddings({ db, model, entries: fresh });
  for (const { key, embedding } of fresh) vectorByKey.set(key, embedding);
  return keys.map((key) => (key === null ? new Array<number>(EMBEDDING_DIMENSIONS).fill(0) : (vectorByKey.get(key) as number[])));
}

/** Embeds texts as 1536-dimension vectors, in input order: OpenAI when a key is set (cached by content
 * hash, batched), otherwise the local feature-hashing engine. When OpenAI fails there is no local
 * fallback, because vectors from two models cannot be compared with each other. */
export async function embed({ db, texts, sleep = sleepFor }: { db: Db; texts: string[]; sleep?: Sleep }): Promise<number[][]> {
  if (texts.length === 0) return [];
  // Computing a local embedding is cheaper than reading it back, so only OpenAI's are cached.
  if (embeddingEngine() === "local") return texts.map((text) => embedTextLocally({ text }));
  try {
    return await embedWithOpenAi({ db, texts, sleep });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    throw apiError("EXTERNAL_SERVICE_ERROR", "common.embeddingsDown", { details: { error: error.summary } });
  }
}
