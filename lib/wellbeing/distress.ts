import { hasCrisisSignal } from "../care/crisis-signals";

// Acute distress in a journal entry or check-in note: the shared self-harm signals, a curated list
// of plain statements of not coping, and the analyser's sad/anxious scores when both run high.
// Like the care signals, each phrase names the writer's own state, so "this deadline is killing me"
// or "I'm dying to see the results" stays an ordinary bad or good day.

const DISTRESS_PHRASES: readonly RegExp[] = [
  /\bi (really )?(can'?t|cannot) cope( anymore| any more)?\b/i,
  /\bi (just )?(can'?t|cannot) (do|take) (this|it) (anymore|any more)\b/i,
  /\bi (feel|am|'m) (so |completely |totally )?(hopeless|worthless|empty inside)\b/i,
  /\b(there'?s|there is) no way out\b/i,
  /\bnobody would (care|notice) if i (was|were) gone\b/i,
  /\bi'?m (having|in the middle of) a panic attack\b/i,
  /\bi (feel|am|'m) (like )?a burden to everyone\b/i,
];

/** Scores at or above this on both sad and anxious (0–1) count as acute distress. */
export const HIGH_SCORE = 0.6;

export type DistressScores = { sad?: number; anxious?: number };

export function showsDistress(text: string, scores: DistressScores = {}): boolean {
  const plain = text.replace(/[’‘]/g, "'");
  if (hasCrisisSignal(plain)) return true;
  if (DISTRESS_PHRASES.some((phrase) => phrase.test(plain))) return true;
  return (scores.sad ?? 0) >= HIGH_SCORE && (scores.anxious ?? 0) >= HIGH_SCORE;
}
