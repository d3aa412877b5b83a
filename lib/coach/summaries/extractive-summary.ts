import { scoreSentiment } from "./summary-sentiment";
import { isContentWord, splitSentences, stem, words } from "./summary-text";

// No "server-only": a pure function (the offline "summary" engine), also run by the benchmark.

export type ExtractiveSummary = { summary: string; keyTopics: string[]; sentiment: number };

type Sentence = { text: string; textIndex: number; position: number; terms: string[]; wordCount: number };

const DAMPING = 0.85;
const ITERATIONS = 30;
const REDUNDANCY = 0.7;
const MAX_TOPICS = 5;
const MAX_SENTENCE_CHARS = 400;

/** TextRank over TF-IDF sentence vectors, weighted by position (openings of each text) and length
 * (fragments and run-ons lose), top sentences kept in their original order, near-duplicates
 * dropped. Key topics are the most salient content terms and repeated two-word phrases; sentiment
 * comes from a lexicon with negation. */
export function summarizeExtractively(texts: string[], options: { maxSentences?: number } = {}): ExtractiveSummary {
  const maxSentences = Math.max(1, options.maxSentences ?? 3);
  const sentences = collectSentences(texts);
  if (sentences.length === 0) return { summary: "", keyTopics: [], sentiment: 0 };

  const vectors = tfIdfVectors(sentences);
  const centrality = textRank(vectors);
  const scores = sentences.map((sentence, i) => (centrality[i] ?? 0) * positionPrior(sentence) * lengthPrior(sentence));

  const chosen: number[] = [];
  for (const index of scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)) {
    if (chosen.length >= maxSentences) break;
    const vector = vectors[index] as Map<string, number>;
    if (chosen.some((other) => cosine(vector, vectors[other] as Map<string, number>) > REDUNDANCY)) continue;
    chosen.push(index);
  }
  chosen.sort((a, b) => a - b);

  return {
    summary: chosen.map((i) => finishSentence(sentences[i]?.text ?? "")).join(" "),
    keyTopics: keyTopics(sentences, scores),
    sentiment: scoreSentiment(sentences.map((sentence) => sentence.text)),
  };
}

function collectSentences(texts: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  texts.forEach((text, textIndex) => {
    splitSentences(text).forEach((raw, position) => {
      const tokens = words(raw);
      const clipped = raw.length > MAX_SENTENCE_CHARS ? `${raw.slice(0, MAX_SENTENCE_CHARS).replace(/\s+\S*$/, "")}…` : raw;
      sentences.push({ text: clipped, textIndex, position, terms: tokens.filter(isContentWord).map(stem), wordCount: tokens.length });
    });
  });
  return sentences;
}

function tfIdfVectors(sentences: Sentence[]): Map<string, number>[] {
  const documentFrequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const term of new Set(sentence.terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return sentences.map((sentence) => {
    const vector = new Map<string, number>();
    for (const term of sentence.terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, count] of vector) {
      const idf = Math.log(1 + sentences.length / (documentFrequency.get(term) ?? 1));
      vector.set(term, (1 + Math.log(count)) * idf);
    }
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, value] of a) {
    normA += value * value;
    dot += value * (b.get(term) ?? 0);
  }
  for (const value of b.values()) normB += value * value;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** PageRank on the sentence-similarity graph; an isolated sentence keeps the base score. */
function textRank(vectors: Map<string, number>[]): number[] {
  const n = vectors.length;
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let ranks = new Array<number>(n).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    ranks = ranks.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]?.[i] ?? 0;
        if (w > 0) incoming += (w / (outSums[j] as number)) * (ranks[j] as number);
      }
      return 1 - DAMPING + DAMPING * incoming;
    });
  }
  return ranks;
}

function positionPrior(sentence: Sentence): number {
  return 1 + 0.25 / (1 + sentence.position);
}

function lengthPrior(sentence: Sentence): number {
  if (sentence.terms.length === 0) return 0.05;
  const short = Math.min(1, sentence.wordCount / 8);
  const long = sentence.wordCount > 40 ? 40 / sentence.wordCount : 1;
  return short * long;
}

function finishSentence(text: string): string {
  return /[.!?…]["')\]]*$/.test(text) ? text : `${text}.`;
}

/** Content terms weighted by how central their sentences are; a two-word phrase that recurs
 * beats its parts, and each topic is shown in the form the user wrote most often. */
function keyTopics(sentences: Sentence[], scores: number[]): string[] {
  const weight = new Map<string, number>();
  const counts = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  const add = (key: string, shown: string, value: number) => {
    weight.set(key, (weight.get(key) ?? 0) + value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const forms = surface.get(key) ?? new Map<string, number>();
    forms.set(shown, (forms.get(shown) ?? 0) + 1);
    surface.set(key, forms);
  };
  const maxScore = Math.max(...scores, 1e-9);
  sentences.forEach((sentence, i) => {
    const sentenceWeight = 0.5 + (scores[i] ?? 0) / maxScore;
    const tokens = words(sentence.text);
    tokens.forEach((token, t) => {
      if (!isContentWord(token)) return;
      add(stem(token), token, sentenceWeight);
      const next = tokens[t + 1];
      if (next && isContentWord(next)) add(`${stem(token)} ${stem(next)}`, `${token} ${next}`, sentenceWeight * 1.5);
    });
  });
  const candidates = [...weight.entries()]
    .filter(([key]) => (counts.get(key) ?? 0) >= 2 || (!key.includes(" ") && !looksLikePastTense(surface.get(key))))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const topics: { key: string; shown: string }[] = [];
  const covered = new Set<string>();
  for (const [key] of candidates) {
    if (topics.length >= MAX_TOPICS) break;
    const parts = key.split(" ");
    if (parts.every((part) => covered.has(part))) continue;
    parts.forEach((part) => covered.add(part));
    // A phrase replaces the single words it is made of.
    for (let i = topics.length - 1; i >= 0; i--) if (parts.length > 1 && parts.includes(topics[i]?.key ?? "")) topics.splice(i, 1);
    const forms = [...(surface.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
    topics.push({ key, shown: forms[0]?.[0] ?? key });
  }
  return topics.map((topic) => topic.shown);
}

// A word said once in the past tense ("decided", "asked") is an event, rarely a topic.
function looksLikePastTense(forms: Map<string, number> | undefined): boolean {
  return [...(forms?.keys() ?? [])].every((form) => form.length >= 5 && form.endsWith("ed") && !form.endsWith("eed"));
}
