import { clip } from "../chat/context-tiers";
import { summarizeExtractively } from "./extractive-summary";
import { sentenceValence } from "./summary-sentiment";
import { isContentWord, splitSentences, stem, words } from "./summary-text";

// No "server-only": the offline "summary" and "weekly-summary" engines are pure functions over the
// structured context the jobs pass along with their prompts, also run by the benchmark.

export type DailySummaryContext = {
  day: string;
  /** What the user said that day, oldest first (the coach's replies carry no news about them). */
  userMessages: string[];
  conversationCount: number;
  actionItems: string[];
};

export type DailySummaryDraft = { summary: string; keyTopics: string[]; sentiment: number };

export type WeeklySummaryContext = {
  weekStart: string;
  dailies: { day: string; summary: string; keyTopics: string[]; sentiment: number; actionItems: string[] }[];
  goals: { id: string; title: string; progress: number }[];
  completedActionItems: string[];
};

export type WeeklySummaryDraft = {
  progressNotes: string;
  goalsProgress: { goalId: string; note: string }[];
  keyDecisions: string[];
  challenges: string[];
  wins: string[];
};

const MAX_ITEMS = 5;
const DECISION_CUES = /\b(?:decided|decide|decision|agreed|chose|choose|committed|commit|will|going to|plan to|planning to)\b/i;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The offline daily summary: the day's most central sentences in the user's own words. */
export function summarizeDayOffline(context: DailySummaryContext): DailySummaryDraft {
  const { summary, keyTopics, sentiment } = summarizeExtractively(context.userMessages, { maxSentences: 3 });
  const fallback = `${plural(context.userMessages.length, "short message")} with the coach in ${plural(context.conversationCount, "conversation")}.`;
  return { summary: summary || fallback, keyTopics, sentiment };
}

function sentencesOf(context: WeeklySummaryContext): string[] {
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const daily of context.dailies) {
    for (const sentence of splitSentences(daily.summary)) {
      const key = sentence.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      sentences.push(sentence);
    }
  }
  return sentences;
}

function termsOf(text: string): Set<string> {
  return new Set(words(text).filter(isContentWord).map(stem));
}

function goalNote(goal: WeeklySummaryContext["goals"][number], sentences: string[]): string {
  const goalTerms = termsOf(goal.title);
  let best: { sentence: string; overlap: number } | null = null;
  for (const sentence of sentences) {
    const terms = termsOf(sentence);
    const overlap = [...goalTerms].filter((term) => terms.has(term)).length;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { sentence, overlap };
  }
  return best ? clip(best.sentence, 240) : "Not mentioned in this week's check-ins.";
}

function topTopics(context: WeeklySummaryContext): string[] {
  const counts = new Map<string, number>();
  for (const daily of context.dailies) {
    for (const topic of daily.keyTopics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([topic]) => topic);
}

/** The offline weekly roll-up: extractive over the week's daily summaries, with decisions, wins and
 * challenges picked by cue words and sentence valence, and each active goal matched to the sentence
 * that mentions it most. */
export function summarizeWeekOffline(context: WeeklySummaryContext): WeeklySummaryDraft {
  const sentences = sentencesOf(context);
  const days = context.dailies.length;
  const topics = topTopics(context);
  const overview = summarizeExtractively(context.dailies.map((d) => d.summary), { maxSentences: 3 }).summary;
  const progressNotes = [
    `Checked in on ${plural(days, "day")} this week.`,
    topics.length ? `Main topics: ${topics.join(", ")}.` : "",
    overview,
  ]
    .filter(Boolean)
    .join(" ");
  const scored = sentences.map((sentence) => ({ sentence, valence: sentenceValence(sentence) }));
  const challenges = scored.filter((s) => s.valence < 0).sort((a, b) => a.valence - b.valence).map((s) => clip(s.sentence, 240));
  const wins = [
    ...context.completedActionItems.map((text) => `Done: ${clip(text, 200)}`),
    ...scored.filter((s) => s.valence > 0).sort((a, b) => b.valence - a.valence).map((s) => clip(s.sentence, 240)),
  ];
  const keyDecisions = sentences.filter((s) => DECISION_CUES.test(s) && !s.trim().endsWith("?")).map((s) => clip(s, 240));
  return {
    progressNotes,
    goalsProgress: context.goals.map((goal) => ({ goalId: goal.id, note: goalNote(goal, sentences) })),
    keyDecisions: keyDecisions.slice(0, MAX_ITEMS),
    challenges: challenges.slice(0, MAX_ITEMS),
    wins: wins.slice(0, MAX_ITEMS),
  };
}
