// Finds the playbook entries a message is about: keyword hits on word boundaries (a phrase counts
// for more than a single word) plus the local embedding's cosine to the entry's text. No
// "server-only": a pure function, benchmarked outside Next.
import { embedTextLocally } from "../../ai/local-embedding";
import { playbook, type PlaybookEntry } from "./index";

const KEYWORD_WEIGHT = 0.6;
const MIN_SCORE = 0.35;
const EARLIER_TURN_WEIGHT = 0.4;

type Indexed = { entry: PlaybookEntry; patterns: { pattern: RegExp; weight: number }[]; vector: number[] };

let indexed: Indexed[] | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function buildIndex(): Indexed[] {
  return playbook.map((entry) => ({
    entry,
    patterns: entry.keywords.map((keyword) => ({
      // A plural or simple inflection of the last word still counts ("deadline" finds "deadlines").
      pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${escape(keyword).replace(/[ -]/g, "[\\s-]?")}(s|es|ed|d|ing)?($|[^\\p{L}\\p{N}])`, "iu"),
      weight: 1 + 0.5 * (keyword.split(/[ -]/).length - 1),
    })),
    vector: embedTextLocally({ text: [entry.title, entry.whenItApplies, entry.keywords.join(" "), ...entry.practices].join(" ") }),
  }));
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index]!;
    if (left !== 0) dot += left * b[index]!;
  }
  return dot;
}

function scoreText(text: string): Map<string, number> {
  indexed ??= buildIndex();
  const vector = embedTextLocally({ text });
  const scores = new Map<string, number>();
  for (const { entry, patterns, vector: entryVector } of indexed) {
    const hits = patterns.reduce((sum, { pattern, weight }) => sum + (pattern.test(text) ? weight : 0), 0);
    scores.set(entry.id, hits * KEYWORD_WEIGHT + cosine(vector, entryVector));
  }
  return scores;
}

export type PlaybookMatch = { entry: PlaybookEntry; score: number };

/** Entries for the latest message, best first; earlier turns count for less, so a follow-up
 * ("what else could I try?") stays on the conversation's topic. */
export function retrievePlaybook({ message, earlier = [] }: { message: string; earlier?: string[] }): PlaybookMatch[] {
  const current = scoreText(message);
  const before = earlier.length ? scoreText(earlier.slice(-2).join(" ")) : null;
  return playbook
    .map((entry) => ({ entry, score: (current.get(entry.id) ?? 0) + (before?.get(entry.id) ?? 0) * EARLIER_TURN_WEIGHT }))
    .filter((match) => match.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
}
