import "server-only";
import type { CallAnalysis } from "./call-metrics";
import { scoredCategories, type CategoryScore, type RubricCategory } from "./types";

// Strengths and improvements are picked from rules over the measurements, strongest signal first;
// fallbacks that still cite a number keep every call at three of each, even a perfect or empty one.

const categoryLabels: Record<RubricCategory, string> = {
  opening: "opening",
  discovery: "discovery",
  objectionHandling: "objection handling",
  communication: "communication",
  closing: "closing",
};

const categoryTips: Record<RubricCategory, string> = {
  opening: "open with who you are, why you're calling and a question",
  discovery: "ask a follow-up why or how on each pain before moving on",
  objectionHandling: "after acknowledging an objection, answer it with a number, a customer or an example",
  communication: "keep each turn to two or three sentences and pause for the buyer",
  closing: "propose a specific day and time, and confirm who else should join",
};

type FeedbackInput = { analysis: CallAnalysis; categories: Record<RubricCategory, CategoryScore> };
type Rule = { when: boolean; text: string };

const MIN_ITEMS = 3;
const MAX_ITEMS = 5;

function rankCategories(categories: FeedbackInput["categories"]) {
  return scoredCategories(categories).sort((a, b) => b[1].score - a[1].score);
}

function pickItems({ rules, fallbacks }: { rules: Rule[]; fallbacks: string[] }): string[] {
  const picked = rules.filter((rule) => rule.when).map((rule) => rule.text).slice(0, MAX_ITEMS);
  for (const fallback of fallbacks) {
    if (picked.length >= MIN_ITEMS) break;
    if (!picked.includes(fallback)) picked.push(fallback);
  }
  return picked;
}

export function listStrengths({ analysis, categories }: FeedbackInput): string[] {
  const m = analysis.metrics;
  const evidence = analysis.objections.filter((objection) => objection.withEvidence).length;
  const percent = Math.round(m.talkRatio * 100);
  const [best, second] = rankCategories(categories);
  return pickItems({
    rules: [
      { when: m.openQuestions >= 3, text: `You asked ${m.openQuestions} open questions, which got the buyer describing their own situation.` },
      { when: m.objectionsRaised > 0 && m.objectionsAcknowledged === m.objectionsRaised, text: `You acknowledged all ${m.objectionsRaised} objections before answering them.` },
      { when: m.objectionsAcknowledged > 0 && m.objectionsAcknowledged < m.objectionsRaised, text: `You acknowledged ${m.objectionsAcknowledged} of ${m.objectionsRaised} objections instead of arguing past them.` },
      { when: m.nextStepAsked, text: "You asked for a concrete next step instead of letting the call drift." },
      { when: evidence > 0, text: `You backed ${evidence} objection ${evidence === 1 ? "answer" : "answers"} with concrete evidence.` },
      { when: m.repTurns > 0 && m.talkRatio >= 0.3 && m.talkRatio <= 0.6, text: `You kept a balanced talk ratio of ${percent}%, leaving the buyer room to talk.` },
      { when: m.repTurns > 0 && m.longestMonologueWords <= 60, text: `Your longest stretch was ${m.longestMonologueWords} words, short enough to keep it a conversation.` },
      { when: (categories.opening.score ?? -1) >= 60, text: `Your opening scored ${categories.opening.score}/100: you got to the point quickly.` },
    ],
    fallbacks: [
      ...(best ? [`Your strongest area was ${categoryLabels[best[0]]} at ${best[1].score}/100 — build on it.`] : []),
      `You stayed in the conversation for ${m.repTurns} turns and the buyer replied ${m.personaTurns} times.`,
      ...(second ? [`Your next best area was ${categoryLabels[second[0]]} at ${second[1].score}/100.`] : []),
    ],
  });
}

export function listImprovements({ analysis, categories }: FeedbackInput): string[] {
  const m = analysis.metrics;
  const ignored = m.objectionsRaised - m.objectionsAcknowledged;
  const evidence = analysis.objections.filter((objection) => objection.withEvidence).length;
  const fillerRate = analysis.repWords === 0 ? 0 : (m.fillerWords / analysis.repWords) * 100;
  const ranked = rankCategories(categories);
  const [weakest, nextWeakest] = [ranked.at(-1), ranked.at(-2)];
  return pickItems({
    rules: [
      { when: ignored > 0, text: `Acknowledge objections before answering: ${ignored} of ${m.objectionsRaised} went unacknowledged.` },
      { when: m.openQuestions < 3, text: `Ask more open questions (what, how, tell me about…): you asked ${m.openQuestions} open and ${m.closedQuestions} closed ones.` },
      { when: !m.nextStepAsked, text: "Ask for a next step — a meeting, a demo or a follow-up call — before the call ends." },
      { when: m.talkRatio > 0.6, text: `Talk less: you did ${Math.round(m.talkRatio * 100)}% of the talking; aim for under 60%.` },
      { when: m.longestMonologueWords > 60, text: `Break up monologues: your longest ran ${m.longestMonologueWords} words; ask a question after two or three sentences.` },
      { when: fillerRate >= 2, text: `Cut filler words: you used ${m.fillerWords} (${fillerRate.toFixed(1)} per 100 words).` },
      { when: m.objectionsRaised > 0 && evidence === 0, text: `Back your answers with evidence: none of your replies to ${m.objectionsRaised} objections cited a number, customer or example.` },
      { when: categories.opening.score !== null && categories.opening.score < 60, text: "Tighten your opening: say who you are, why you're calling, and ask a question within your first two lines." },
      { when: m.wordsPerMinute !== null && m.wordsPerMinute > 180, text: `Slow down: you spoke at ${m.wordsPerMinute} words per minute; aim for 130–170.` },
    ],
    fallbacks: [
      ...(weakest ? [`Your weakest area was ${categoryLabels[weakest[0]]} at ${weakest[1].score}/100: ${categoryTips[weakest[0]]}.`] : []),
      ...(nextWeakest ? [`Next, work on ${categoryLabels[nextWeakest[0]]} (${nextWeakest[1].score}/100): ${categoryTips[nextWeakest[0]]}.`] : []),
      `Recap the buyer's pains in one sentence before your next-step ask; you asked ${m.openQuestions} open questions to draw on.`,
    ],
  });
}
