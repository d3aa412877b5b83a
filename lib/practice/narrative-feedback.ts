import { scoredCategories, type CategoryScore, type RubricCategory } from "./types";

const categoryNames: Record<RubricCategory, string> = {
  opening: "opening",
  discovery: "discovery",
  objectionHandling: "objection handling",
  communication: "communication",
  closing: "closing",
};

type RubricResult = {
  overallScore: number;
  categories: Record<RubricCategory, CategoryScore>;
  improvements: string[];
};

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A short paragraph that only restates the scored results: the overall score, the best and the
 * weakest category with the first reason behind each, and the first improvement to work on. */
export function buildNarrativeFeedback({ overallScore, categories, improvements }: RubricResult): string {
  const ranked = scoredCategories(categories).sort((a, b) => b[1].score - a[1].score);
  const parts = [`This call scored ${overallScore}/100.`];
  if (ranked.length === 0) return parts.join(" ");
  const [bestKey, best] = ranked[0]!;
  const [weakestKey, weakest] = ranked.at(-1)!;
  if (best.score === weakest.score) {
    parts.push(`Every category scored ${best.score}.`);
  } else {
    parts.push(`Your strongest area was ${categoryNames[bestKey]} (${best.score}): ${sentence(best.reasons[0] ?? "")}`);
    parts.push(`Your weakest was ${categoryNames[weakestKey]} (${weakest.score}): ${sentence(weakest.reasons[0] ?? "")}`);
  }
  if (improvements[0]) parts.push(`Next time: ${sentence(improvements[0])}`);
  return parts.join(" ");
}
