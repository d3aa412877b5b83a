// Bands are fixed so a score reads the same in every mode; the pass mark is the configurable line.

export const scoreBands = ["needs_work", "solid", "strong"] as const;
export type ScoreBand = (typeof scoreBands)[number];

export const scoreBandLabels: Record<ScoreBand, string> = { needs_work: "Needs work", solid: "Solid", strong: "Strong" };

export function scoreBand(score: number): ScoreBand {
  if (score >= 75) return "strong";
  if (score >= 50) return "solid";
  return "needs_work";
}
