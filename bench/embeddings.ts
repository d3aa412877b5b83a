// npx tsx bench/embeddings.ts — throughput of the local feature-hashing embedding (a pure function:
// no database, no network) on 10,000 generated sentences. Writes bench/results/embeddings.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { embedTextLocally } from "../lib/ai/local-embedding";
import { createSeededRandom } from "../lib/seeded-random";

const SENTENCE_COUNT = 10_000;
const RUNS = 5;

const SUBJECTS = [
  "The customer", "Our buyer", "The CFO", "My manager", "The prospect",
  "Dana", "The procurement team", "A new lead", "She", "The founder",
];
const VERBS = [
  "pushed back on", "asked about", "loved", "worried about", "questioned",
  "compared", "ignored", "wanted a discount on", "signed off on", "forgot",
];
const OBJECTS = [
  "our pricing", "the annual plan", "the onboarding timeline", "the security review", "the renewal",
  "the pilot results", "the integration", "the contract terms", "the demo", "the support hours",
];
const TAILS = [
  "because the budget was cut this quarter",
  "after the call on Tuesday",
  "and said it was too expensive",
  "before the board meeting next week",
  "while we were hiking in the mountains",
  "since the competitor offered 20% off",
  "and asked for a follow-up with engineering",
  "but agreed to a second meeting",
  "even though the trial went well",
  "— très bien, says the Paris office",
];

function generateSentences({ count, seed }: { count: number; seed: number }): string[] {
  const random = createSeededRandom(seed);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] ?? "";
  return Array.from({ length: count }, (_, i) => {
    const extra = random() < 0.5 ? ` ${pick(TAILS)}` : "";
    return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}${extra} (note ${i}).`;
  });
}

function measureRun(sentences: string[]): number {
  const started = performance.now();
  for (const text of sentences) embedTextLocally({ text });
  return (performance.now() - started) / 1_000;
}

const sentences = generateSentences({ count: SENTENCE_COUNT, seed: 1536 });
measureRun(sentences.slice(0, 1_000));
const seconds = Array.from({ length: RUNS }, () => measureRun(sentences)).sort((a, b) => a - b);
const median = seconds[Math.floor(RUNS / 2)] ?? Number.NaN;
const result = {
  name: "local-embedding",
  sentencesPerSecond: Math.round(SENTENCE_COUNT / median),
  cores: availableParallelism(),
  date: new Date().toISOString(),
};

console.table([{ ...result, sentences: SENTENCE_COUNT, runs: RUNS, medianSeconds: Number(median.toFixed(3)) }]);
const resultsDir = path.join(import.meta.dirname, "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "embeddings.json"), `${JSON.stringify(result, null, 2)}\n`);
