import type { CoachPracticeContext } from "../chat/practice-context";

// When the user talks about selling and shares their Practice results, the offline coach names what
// Practice shows — and says that is where it comes from.

const SALES_TALK = /\b(sales|selling|sell|pitch(es|ing)?|prospect\w*|cold call\w*|discovery call\w*|demo\w*|objection\w*|close the deal|closing|deal|buyer\w*|practi[cs]e call\w*)\b/i;

const categoryWords: Record<string, string> = {
  opening: "your opening",
  discovery: "discovery",
  objectionHandling: "objection handling",
  communication: "how you communicate",
  closing: "closing",
};

export function practiceMention({ message, practice }: { message: string; practice?: CoachPracticeContext | null }): string | null {
  if (!practice || !SALES_TALK.test(message)) return null;
  const latest = practice.lastScores[0];
  if (!latest) return null;
  const weakest = practice.weakest ? `, and ${categoryWords[practice.weakest.category]} is your weakest area lately (average ${practice.weakest.average})` : "";
  return `From your Practice calls: your last score was ${latest.score}${weakest}.`;
}
