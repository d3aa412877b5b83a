import "server-only";
import type { TranscriptLine } from "../types";
import { findUncoveredPains } from "./deep-evidence";

// The debrief's "Hidden pains": each of the buyer's hidden pains, whether it came out, and the rep
// line that drew it out and the buyer line that told it, both verbatim from the transcript.

export type HiddenPainResult = { pain: string; uncovered: boolean; question?: string; answer?: string };

/** Each hidden pain in the persona's order: uncovered with its question and answer, or missed. */
export function revealHiddenPains({ transcript, hiddenPains }: { transcript: TranscriptLine[]; hiddenPains: string[] }): HiddenPainResult[] {
  const uncovered = findUncoveredPains({ transcript, hiddenPains });
  return hiddenPains.map((pain) => {
    const found = uncovered.find((candidate) => candidate.pain === pain);
    if (!found) return { pain, uncovered: false };
    const answer = transcript[found.lineIndex]!.content;
    const question = transcript.slice(0, found.lineIndex).findLast((line) => line.role === "rep")?.content;
    return question === undefined ? { pain, uncovered: true, answer } : { pain, uncovered: true, question, answer };
  });
}
