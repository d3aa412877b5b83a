import { EMOTIONS, type Emotion, type EmotionScores, topEmotions, zeroScores } from "./emotions";
import { MODIFIERS, NEGATED_TO, NEGATORS, PHRASES, WORDS } from "./lexicon";

// The offline emotion engine: a lexicon scorer. Phrases are matched before words (longest first), a
// negator within the three tokens before an emotion word moves its weight to the opposite emotion at
// half strength, and intensifiers/diminishers scale the next emotion word. Raw sums become 0–1
// intensities by 1 - e^(-x), damped for long texts so a long clip is not "everything at 1".

export const LEXICON_ENGINE = "offline-lexicon";

type Entry = { emotion: Emotion; weight: number };

const NEGATION_WINDOW = 3;
const NEGATED_WEIGHT = 0.5;
const MAX_PHRASE = 6;

function buildIndex(source: typeof WORDS, split: (list: string) => string[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const emotion of EMOTIONS) {
    for (const [tier, weight] of [["strong", 1], ["mild", 0.5]] as const) {
      for (const term of split(source[emotion][tier])) {
        const entries = index.get(term) ?? [];
        entries.push({ emotion, weight });
        index.set(term, entries);
      }
    }
  }
  return index;
}

const WORD_INDEX = buildIndex(WORDS, (list) => list.split(/\s+/).filter(Boolean));
const PHRASE_INDEX = buildIndex(PHRASES, (list) => list.split("|").map((p) => p.trim()).filter(Boolean));

export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z]+(?:'[a-z]+)?|[.!?;,]/g) ?? []
  );
}

const isBoundary = (token: string) => /^[.!?;,]$/.test(token);
const isNegator = (token: string) => NEGATORS.has(token) || token.endsWith("n't");

/** The word's entries, trying a few common English endings when the exact form is not listed. */
function lookupWord(token: string): Entry[] | undefined {
  const exact = WORD_INDEX.get(token);
  if (exact) return exact;
  for (const suffix of ["s", "es", "ed", "d", "ing", "ly", "ness"]) {
    if (token.length > suffix.length + 2 && token.endsWith(suffix)) {
      const found = WORD_INDEX.get(token.slice(0, -suffix.length));
      if (found) return found;
    }
  }
  return undefined;
}

function matchPhrase(tokens: string[], start: number): { entries: Entry[]; length: number } | null {
  for (let length = Math.min(MAX_PHRASE, tokens.length - start); length >= 2; length--) {
    const entries = PHRASE_INDEX.get(tokens.slice(start, start + length).join(" "));
    if (entries) return { entries, length };
  }
  return null;
}

function readModifier(tokens: string[], start: number): { factor: number; length: number } | null {
  const two = MODIFIERS[`${tokens[start]} ${tokens[start + 1] ?? ""}`];
  if (two !== undefined) return { factor: two, length: 2 };
  const one = MODIFIERS[tokens[start] ?? ""];
  return one === undefined ? null : { factor: one, length: 1 };
}

/** Raw weighted sums per emotion, before squashing. */
export function rawEmotionSums(tokens: string[]): EmotionScores {
  const raw = zeroScores();
  let negatedFor = 0;
  let factor = 1;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as string;
    if (isBoundary(token)) {
      negatedFor = 0;
      factor = 1;
      i++;
      continue;
    }
    const phrase = matchPhrase(tokens, i);
    const entries = phrase?.entries ?? lookupWord(token);
    if (entries) {
      for (const { emotion, weight } of entries) {
        if (negatedFor > 0) {
          const target = NEGATED_TO[emotion];
          if (target) raw[target] += weight * factor * NEGATED_WEIGHT;
        } else {
          raw[emotion] += weight * factor;
        }
      }
      factor = 1;
      negatedFor = 0;
      i += phrase?.length ?? 1;
      continue;
    }
    const modifier = readModifier(tokens, i);
    if (modifier) {
      factor *= modifier.factor;
      i += modifier.length;
      continue;
    }
    if (isNegator(token)) negatedFor = NEGATION_WINDOW + 1;
    if (negatedFor > 0) negatedFor--;
    i++;
  }
  return raw;
}

export type EmotionAnalysis = { scores: EmotionScores; top: Emotion[]; engine: string };

/** Scores `text` for the twelve emotions, each 0–1; deterministic and offline. */
export function analyseEmotions(text: string): EmotionAnalysis {
  const tokens = tokenize(text);
  const raw = rawEmotionSums(tokens);
  const words = tokens.filter((t) => !isBoundary(t)).length;
  const damping = Math.max(1, Math.sqrt(words / 40));
  const scores = zeroScores();
  for (const emotion of EMOTIONS) {
    scores[emotion] = Math.round((1 - Math.exp(-raw[emotion] / damping)) * 1000) / 1000;
  }
  return { scores, top: topEmotions(scores), engine: LEXICON_ENGINE };
}
