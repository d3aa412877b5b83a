import type { TranscriptLine } from "../types";

// A call the rep said almost nothing in has nothing to score: it gets no score and does not count
// toward stats or streaks. No "server-only": the debrief shows the same rule.

export const MIN_SCORED_REP_LINES = 3;

export const TOO_SHORT_MESSAGE = `Too short to score: a call needs at least ${MIN_SCORED_REP_LINES} lines from you. It is not counted in your stats or streak.`;

export function isTooShortToScore(transcript: TranscriptLine[]): boolean {
  return transcript.filter((line) => line.role === "rep").length < MIN_SCORED_REP_LINES;
}
