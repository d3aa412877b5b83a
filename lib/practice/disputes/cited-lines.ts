import type { TranscriptLine } from "../types";

// The lines a rep's argument points at: every quoted passage (straight or curly quotes) that appears
// in a transcript line, whitespace and case aside. Quotes of fewer than two words are too vague to place.

const QUOTED = /[“"‘']([^“”"‘’']{2,400})[”"’']/g;

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}?]+/gu, " ").trim();

export function findCitedLines(transcript: TranscriptLine[], argument: string): number[] {
  const lines = transcript.map((line) => normalise(line.content));
  const cited = new Set<number>();
  for (const [, quote] of argument.matchAll(QUOTED)) {
    const wanted = normalise(quote ?? "");
    if (wanted.split(" ").length < 2) continue;
    const index = lines.findIndex((line) => line.includes(wanted));
    if (index !== -1) cited.add(index);
  }
  return [...cited].sort((a, b) => a - b);
}
