import "server-only";
import { STOP_WORDS } from "../../ai/stop-words";
import {
  classifyQuestions,
  countWords,
  hasEvidence,
  isAcknowledgement,
  isNextStepAsk,
  isPushy,
  isRude,
} from "../rubric/lexicon";

// Reads what the rep just did, with the same phrase rules the scorer uses, so the offline buyer
// rewards exactly the behaviour the rubric rewards.

export type RepIntents = {
  greeting: boolean;
  introduction: boolean;
  openQuestion: boolean;
  /** An open question with enough substance to earn an answer even when it misses every pain. */
  strongOpenQuestion: boolean;
  closedQuestion: boolean;
  pitch: boolean;
  monologue: boolean;
  empathy: boolean;
  evidence: boolean;
  nextStep: boolean;
  pushy: boolean;
  rude: boolean;
  /** The rep's open questions, for matching against the persona's pains. */
  questionText: string;
};

const greetingPattern = /^\W*(hi|hello|hey|good (morning|afternoon|evening))\b/i;
const introductionPattern = /\b(my name is|this is [A-Z]\w+|i'?m \w+ (from|with|at)|calling from|here from)\b/i;
const pitchPattern =
  /\b(our (platform|product|solution|software|tool|features?)|we (offer|provide|built|have an?)|(ai|cloud)-(powered|based)|features? (like|include)|best[- ]in[- ]class|industry[- ]leading|all-in-one|end-to-end|seamless(ly)?|revolutionary)\b/i;
const MONOLOGUE_WORDS = 70;
const STRONG_OPEN_WORDS = 6;

export function classifyRepLine({ text }: { text: string }): RepIntents {
  const questions = classifyQuestions(text);
  const open = questions.filter((question) => question.kind === "open");
  const words = countWords(text);
  return {
    greeting: greetingPattern.test(text),
    introduction: introductionPattern.test(text),
    openQuestion: open.length > 0,
    strongOpenQuestion: open.some((question) => countWords(question.sentence) >= STRONG_OPEN_WORDS),
    closedQuestion: questions.some((question) => question.kind === "closed"),
    pitch: pitchPattern.test(text) || (words > MONOLOGUE_WORDS && questions.length === 0),
    monologue: words > MONOLOGUE_WORDS,
    empathy: isAcknowledgement(text),
    evidence: hasEvidence(text),
    nextStep: isNextStepAsk(text),
    pushy: isPushy(text),
    rude: isRude(text),
    questionText: open.map((question) => question.sentence).join(" "),
  };
}

/** A crude stem: enough to match "forecasting" with "forecast" and "reps" with "rep". */
function stemWord(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, "").slice(0, 6);
}

export function extractKeywords({ text }: { text: string }): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => word.length > 2 && !STOP_WORDS.has(word)).map(stemWord));
}

/** The unrevealed pain sharing the most keywords with the question, or null when none shares any. */
export function matchPain({ question, pains, revealed }: { question: string; pains: string[]; revealed: number[] }): number | null {
  const asked = extractKeywords({ text: question });
  let best: { index: number; overlap: number } | null = null;
  for (const [index, pain] of pains.entries()) {
    if (revealed.includes(index)) continue;
    const overlap = [...extractKeywords({ text: pain })].filter((word) => asked.has(word)).length;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { index, overlap };
  }
  return best?.index ?? null;
}
