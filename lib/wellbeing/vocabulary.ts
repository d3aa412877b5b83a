// No "server-only": the words shared by the API schemas and the pages.

import { EMOTIONS } from "../emotion/emotions";

/** Connect's eight emotions plus grateful, angry, tired and hopeful: the shared analyser's twelve. */
export const WELLBEING_EMOTIONS = EMOTIONS;
export type WellbeingEmotion = (typeof WELLBEING_EMOTIONS)[number];

/** "What affected it" tags offered on a check-in (entries may use any short tag). */
export const CHECKIN_TAGS = ["sleep", "work", "people", "health", "practice", "coach"] as const;

/** Mood 1–5 as a colour scale (red → amber → green), each passing AA against white text. */
export const MOOD_COLOURS = ["#b91c1c", "#c2410c", "#a16207", "#4d7c0f", "#15803d"] as const;

export const MAX_ENTRY_CHARS = 50_000;

export function moodColour(mood: number): string {
  return MOOD_COLOURS[Math.min(5, Math.max(1, Math.round(mood))) - 1]!;
}
