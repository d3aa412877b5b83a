// Finds the playbook entries a message is about: keyword hits on whole words (a phrase counts
// for more than a single word) plus the local embedding's cosine to the entry's text. No
// "server-only": a pure function, benchmarked outside Next.
import { embedTextLocally, localCosine } from "../../ai/local-embedding";
import { playbook, type PlaybookEntry } from "./index";

const KEYWORD_WEIGHT = 0.6;
const MIN_SCORE = 0.35;
const EARLIER_TURN_WEIGHT = 0.4;

type Indexed = { entry: PlaybookEntry; phrases: { phrase: string; weight: number }[]; vector: number[] };

let indexed: Indexed[] | null = null;

/** Lowercase words joined by single spaces, hyphens and punctuation dropped ("Co-founder" → "co founder"). */
function normalise(text: string): string {
  return (text.toLowerCase().replace(/[’']/g, "").match(/[a-z0-9£$%]+/g) ?? []).join(" ");
}

// A plural or simple inflection of a phrase's last word still counts ("deadline" finds "deadlines").
const INFLECTIONS = ["", "s", "es", "ed", "d", "ing"];

function buildIndex(): Indexed[] {
  return playbook.map((entry) => ({
    entry,
    phrases: entry.keywords.map((keyword) => ({ phrase: normalise(keyword), weight: 1 + 0.5 * (keyword.split(/[ -]/).length - 1) })),
    vector: embedTextLocally({ text: [entry.title, entry.whenItApplies, entry.keywords.join(" "), ...entry.practices].join(" ") }),
  }));
}

function mentions(text: string, phrase: string): boolean {
  return INFLECTIONS.some((ending) => text.includes(` ${phrase}${ending} `));
}

function scoreText(text: string): Map<string, number> {
  indexed ??= buildIndex();
  const vector = embedTextLocally({ text });
  const scores = new Map<string, number>();
  const words = ` ${normalise(text)} `;
  for (const { entry, phrases, vector: entryVector } of indexed) {
    const hits = phrases.reduce((sum, { phrase, weight }) => sum + (mentions(words, phrase) ? weight : 0), 0);
    scores.set(entry.id, hits * KEYWORD_WEIGHT + localCosine(vector, entryVector));
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
