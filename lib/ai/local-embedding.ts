import { EMBEDDING_DIMENSIONS } from "./models";
import { STOP_WORDS } from "./stop-words";

// No "server-only": a pure function, also run by bench/embeddings.ts outside Next.

// Letters (with their combining marks, so Devanagari or Thai words stay whole) and digits, any script.
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const BIGRAM_WEIGHT = 0.5;

/** FNV-1a, 32-bit, over UTF-16 code units. */
function hashFnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: decorrelates the sign bit from the bucket the FNV hash picked. */
function mixBits(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Signed hashing: colliding features cancel out on average instead of piling up.
function addFeature(vector: Float64Array, feature: string, weight: number): void {
  const hash = hashFnv1a(feature);
  const index = hash % EMBEDDING_DIMENSIONS;
  vector[index] = (vector[index] ?? 0) + (mixBits(hash) >>> 31 === 0 ? weight : -weight);
}

/** The content words of a text: lowercased, NFKC-normalised, stop-words removed. */
export function tokenizeText({ text }: { text: string }): string[] {
  const words = text.normalize("NFKC").toLowerCase().match(TOKEN) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word));
}

/** A 1536-dimension feature-hashing embedding of word unigrams and bigrams, L2-normalised (a text
 * with no content words gives the zero vector). Texts that share words have a higher cosine. */
export function embedTextLocally({ text }: { text: string }): number[] {
  const vector = new Float64Array(EMBEDDING_DIMENSIONS);
  const tokens = tokenizeText({ text });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    addFeature(vector, token, 1);
    if (i > 0) addFeature(vector, `${tokens[i - 1]} ${token}`, BIGRAM_WEIGHT);
  }
  let squares = 0;
  for (const value of vector) squares += value * value;
  const norm = Math.sqrt(squares);
  return Array.from(vector, (value) => (norm === 0 ? 0 : value / norm));
}

/** Cosine of two local embeddings: they are L2-normalised, so it is their dot product, and they are
 * sparse, so zero entries are skipped. */
export function localCosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index]!;
    if (left !== 0) dot += left * b[index]!;
  }
  return dot;
}
