import "server-only";
import { analyseCall, measureCall, type CallAnalysis } from "./call-metrics";
import { listImprovements, listStrengths } from "./call-feedback";
import { scoreCategories } from "./category-scores";
import { findKeyMoments } from "./key-moments";
import { deepenDiscovery, findUncoveredPains, painImprovements, painMoments, painStrengths, rateQuestions } from "./rubric/deep-evidence";
import { modeInstructions, weightCategories } from "./mode-instructions";
import type { ScoringContext } from "./engine-context";
import { scoredCategories, type CallMode, type CategoryScore, type DeepScore, type QuickScore, type RubricCategory, type TranscriptLine } from "./types";

// The offline rubric: every number comes from measurements of the transcript (see call-metrics.ts),
// so the same call always gets the same score and each score can explain itself.

export const OFFLINE_SCORER = "offline-rubric";

export { measureCall };

type ScoreCallInput = ScoringContext;

const categoryNames: Record<RubricCategory, string> = {
  opening: "opening",
  discovery: "discovery",
  objectionHandling: "objection handling",
  communication: "communication",
  closing: "closing",
};

export function weighOverall({ categories, mode }: { categories: Record<RubricCategory, CategoryScore>; mode: CallMode }): number {
  // Categories the call gave no evidence for drop out, and the others' weights are scaled up to 1.
  const weights = weightCategories({ mode });
  const scored = scoredCategories(categories);
  const weight = scored.reduce((sum, [category]) => sum + weights[category], 0);
  if (weight === 0) return 0;
  return Math.round(scored.reduce((sum, [category, entry]) => sum + weights[category] * entry.score, 0) / weight);
}

/** A re-grade's change to what the rubric measured: the lines a rep cited, read with the benefit of the doubt. */
export type AdjustAnalysis = (analysis: CallAnalysis) => CallAnalysis;

function scoreCall({ transcript, mode, durationMs, timedSpeech }: ScoreCallInput, adjust: AdjustAnalysis = (a) => a) {
  const analysis = adjust(analyseCall({ transcript, durationMs, timedSpeech }));
  const categories = scoreCategories({ transcript, analysis, mode });
  return { analysis, categories, overall: weighOverall({ categories, mode }) };
}

function summariseCall({ overall, categories, mode }: { overall: number; categories: Record<RubricCategory, CategoryScore>; mode: CallMode }): string {
  const ranked = scoredCategories(categories).sort((a, b) => b[1].score - a[1].score);
  const [best, worst] = [ranked[0]!, ranked.at(-1)!];
  const verdict = overall >= 75 ? "Strong" : overall >= 50 ? "Solid but uneven" : "Rough";
  const label = modeInstructions[mode].label.toLowerCase();
  return `${verdict} ${label} (${overall}/100): best at ${categoryNames[best[0]]} (${best[1].score}), weakest at ${categoryNames[worst[0]]} (${worst[1].score}) — ${worst[1].reasons[0]?.replace(/\.$/, "").replace(/^./, (c) => c.toLowerCase()) ?? "keep practising"}.`;
}

export function quickScore(input: ScoreCallInput): QuickScore {
  const { overall, categories } = scoreCall(input);
  return { overall, summary: summariseCall({ overall, categories, mode: input.mode }), scorer: OFFLINE_SCORER };
}

/** The deep pass's category scores (discovery blended with pains uncovered and question quality). */
export function deepCategories(input: ScoreCallInput, adjust?: AdjustAnalysis) {
  const { analysis, categories: measured } = scoreCall(input, adjust);
  const hiddenPains = input.hiddenPains ?? [];
  const uncovered = findUncoveredPains({ transcript: input.transcript, hiddenPains });
  const quality = rateQuestions({ transcript: input.transcript, analysis });
  const discovery = deepenDiscovery({ discovery: measured.discovery, uncovered, painCount: hiddenPains.length, quality });
  return { analysis, uncovered, categories: { ...measured, discovery } };
}

/** The quick pass plus what only the deep pass reads: hidden pains uncovered (with the line that
 * voiced each), question quality, and the per-line key moments. */
export function deepScore(input: ScoreCallInput): DeepScore {
  const { analysis, categories, uncovered } = deepCategories(input);
  const { transcript, mode } = input;
  const hiddenPains = input.hiddenPains ?? [];
  const moments = [...painMoments({ transcript, uncovered }), ...findKeyMoments({ transcript, analysis })];
  const keyMoments = moments
    .filter((moment, index) => moments.findIndex((other) => other.quote === moment.quote) === index)
    .slice(0, 6)
    .sort((a, b) => a.timestampMs - b.timestampMs);
  return {
    overallScore: weighOverall({ categories, mode }),
    categories,
    strengths: [...painStrengths({ uncovered, painCount: hiddenPains.length }), ...listStrengths({ analysis, categories })].slice(0, 5),
    improvements: [...painImprovements({ uncovered, painCount: hiddenPains.length }), ...listImprovements({ analysis, categories })].slice(0, 5),
    keyMoments,
    scorer: OFFLINE_SCORER,
  };
}

const normaliseSpace = (text: string) => text.replace(/\s+/g, " ").trim();

/** Whether a quote appears verbatim (whitespace aside) in one line of the transcript. */
export function quoteAppearsIn(transcript: TranscriptLine[], quote: string): boolean {
  const wanted = normaliseSpace(quote);
  return wanted.length > 0 && transcript.some((line) => normaliseSpace(line.content).includes(wanted));
}
