import "server-only";
import type { PersonaState } from "./persona-engine";
import { extractKeywords, matchPain, type RepIntents } from "./persona-intents";
import { joinLead, phraseReply, type ReplyKind } from "./persona-replies";
import type { Difficulty, PersonaProfile } from "../types";
import type { Fact, FactSheet } from "./fact-sheet";
import type { RepIntent } from "./rep-intent";
import { retrieveFact } from "./retrieve-fact";
import { phraseVoice, type VoiceKind } from "./voice-frames";

// Answering a question from the fact sheet. Hidden pains come out only to a good question: an open
// question that touches the pain, or a substantial open question once the buyer trusts the rep.

/** Trust needed before an open question that misses every pain still earns one. */
const fallbackRevealTrust: Record<Difficulty, number> = { easy: 15, medium: 30, hard: 45 };

export type AnswerInput = {
  persona: PersonaProfile;
  state: PersonaState;
  intents: RepIntents;
  intent: RepIntent;
  sheet: FactSheet;
  seed: number;
  repText: string;
};
export type Answer = { text: string; state: PersonaState };

function sayer({ persona, seed }: { persona: PersonaProfile; seed: number }) {
  return {
    reply: (kind: ReplyKind) => phraseReply({ kind, persona, seed }),
    voice: (kind: VoiceKind) => phraseVoice({ kind, personality: persona.personality, seed }),
  };
}

function withFact({ state, fact }: { state: PersonaState; fact: Fact }): PersonaState {
  const revealed = fact.topic === "pain" && fact.painIndex !== undefined ? [...state.revealedPains, fact.painIndex] : state.revealedPains;
  return { ...state, usedFacts: [...state.usedFacts, fact.id], revealedPains: revealed };
}

function painFact(sheet: FactSheet, index: number): Fact | undefined {
  return sheet.facts.find((fact) => fact.id === `pain-${index}`);
}

/** The hidden pain a good question earns, or null. */
function earnedPain({ persona, state, intents }: AnswerInput): number | null {
  if (!intents.openQuestion) return null;
  const matched = matchPain({ question: intents.questionText, pains: persona.hiddenPains, revealed: state.revealedPains });
  if (matched !== null) return matched;
  if (!intents.strongOpenQuestion || state.trust < fallbackRevealTrust[persona.difficulty]) return null;
  const next = persona.hiddenPains.findIndex((_, index) => !state.revealedPains.includes(index));
  return next === -1 ? null : next;
}

const CLEAR_PAIN_OVERLAP = 3;

/** A question that shares three or more words with a pain is about that pain, whatever its topic. */
function namesPainClearly({ persona, intents }: AnswerInput, index: number): boolean {
  const asked = extractKeywords({ text: intents.questionText });
  return [...extractKeywords({ text: persona.hiddenPains[index] ?? "" })].filter((word) => asked.has(word)).length >= CLEAR_PAIN_OVERLAP;
}

function revealPain(input: AnswerInput, index: number): Answer {
  const { reply } = sayer(input);
  const fact = painFact(input.sheet, index)!;
  const text = joinLead({ lead: reply("painLead"), sentence: fact.text }) + reply("painTail");
  return { text, state: withFact({ state: input.state, fact }) };
}

/** "How much does that cost you?": the impact of a pain already told, or of the pain the question names. */
function answerImpact(input: AnswerInput): Answer | null {
  const { sheet, state, persona, intents } = input;
  const matched = matchPain({ question: intents.questionText, pains: persona.hiddenPains, revealed: [] });
  const candidates = [matched, ...[...state.revealedPains].reverse()].filter((index): index is number => index !== null && state.revealedPains.includes(index));
  const impact = candidates.map((index) => sheet.facts.find((fact) => fact.id === `impact-${index}`)).find((fact) => fact && !state.usedFacts.includes(fact.id));
  if (impact) return { text: joinLead({ lead: sayer(input).voice("factLead"), sentence: impact.text }), state: withFact({ state, fact: impact }) };
  const pain = earnedPain(input);
  if (pain === null) return null;
  const told = revealPain(input, pain);
  const impactOfPain = sheet.facts.find((fact) => fact.id === `impact-${pain}`)!;
  return { text: `${told.text} ${impactOfPain.text}`, state: withFact({ state: told.state, fact: impactOfPain }) };
}

/** An open question: the pain it earns, else the fact on its topic, else a deflection. */
export function answerOpenQuestion(input: AnswerInput): Answer {
  const { sheet, state, intent, intents } = input;
  const { reply, voice } = sayer(input);
  if (intent.kind === "impact") {
    const impact = answerImpact(input);
    if (impact) return impact;
  }
  const wantsPain = intent.topic === null || intent.topic === "pain" || intent.topic === "company";
  const pain = earnedPain(input);
  if (pain !== null && (wantsPain || namesPainClearly(input, pain))) return revealPain(input, pain);
  // A question about problems that hasn't earned one gets deflected, not an unrelated fact.
  if (intent.topic === "pain") return { text: reply(state.revealedPains.length === input.persona.hiddenPains.length ? "allPainsTold" : "deflect"), state };
  const visible = (fact: Fact) => fact.topic !== "pain" && fact.topic !== "impact";
  const fact = retrieveFact({ sheet, question: intents.questionText || input.repText, topic: wantsPain ? null : intent.topic, used: state.usedFacts, allow: visible });
  if (fact) return { text: joinLead({ lead: voice("factLead"), sentence: fact.text }), state: withFact({ state, fact }) };
  // The topic's fact was told already: a question that also names a pain earns it now.
  const named = matchPain({ question: intents.questionText, pains: input.persona.hiddenPains, revealed: state.revealedPains });
  if (named !== null) return revealPain(input, named);
  if (intent.topic && !wantsPain) {
    const told = sheet.facts.find((candidate) => candidate.topic === intent.topic && state.usedFacts.includes(candidate.id));
    if (told) return { text: joinLead({ lead: voice("alreadySaid"), sentence: told.text }), state };
  }
  const allTold = state.revealedPains.length === input.persona.hiddenPains.length;
  return { text: reply(allTold ? "allPainsTold" : "deflect"), state };
}

/** A closed question gets a short answer and, at most, a visible fact on its topic — never a pain. */
export function answerClosedQuestion(input: AnswerInput): Answer {
  const { reply } = sayer(input);
  const { sheet, state, intent, repText } = input;
  if (!intent.topic) return { text: reply("closedAnswer"), state };
  const fact = retrieveFact({ sheet, question: repText, topic: intent.topic, used: state.usedFacts, allow: (candidate) => candidate.topic !== "pain" && candidate.topic !== "impact" });
  if (!fact) return { text: reply("closedAnswer"), state };
  // "Do you…?" gets a yes-or-no first; "When…?" is answered by the fact itself.
  const yesNo = /^\W*(do|does|did|is|are|was|were|can|could|would|will|have|has|should)\b/i.test(repText);
  return { text: yesNo ? `${reply("closedAnswer")} ${fact.text}` : fact.text, state: withFact({ state, fact }) };
}
