import "server-only";
import { embedTextLocally, localCosine } from "../../ai/local-embedding";
import { extractKeywords } from "./persona-intents";
import type { Fact, FactSheet, FactTopic } from "./fact-sheet";

// The fact that answers a question: the question's topic narrows the facts, then keyword overlap
// and the local embedding's cosine rank them. Facts already used in the call are skipped.

const TOPIC_WEIGHT = 1;
const KEYWORD_WEIGHT = 0.2;
const MIN_UNTOPICAL_SCORE = 0.12;

export type RetrieveInput = {
  sheet: FactSheet;
  question: string;
  topic: FactTopic | null;
  used: readonly string[];
  /** Which facts may be said at all (hidden pains need a good question). */
  allow: (fact: Fact) => boolean;
};

export function rankFacts({ sheet, question, topic, used, allow }: RetrieveInput): { fact: Fact; score: number }[] {
  const vector = embedTextLocally({ text: question });
  const asked = extractKeywords({ text: question });
  return sheet.facts
    .filter((fact) => !used.includes(fact.id) && allow(fact))
    .map((fact) => {
      const overlap = [...extractKeywords({ text: fact.text })].filter((word) => asked.has(word)).length;
      const score = (fact.topic === topic ? TOPIC_WEIGHT : 0) + localCosine(vector, fact.vector) + overlap * KEYWORD_WEIGHT;
      return { fact, score };
    })
    .sort((a, b) => b.score - a.score);
}

/** The best unused allowed fact: on the question's topic when it has one, else anything relevant enough. */
export function retrieveFact(input: RetrieveInput): Fact | null {
  const [best] = rankFacts(input);
  if (!best) return null;
  if (input.topic) return best.fact.topic === input.topic ? best.fact : null;
  return best.score >= MIN_UNTOPICAL_SCORE ? best.fact : null;
}
