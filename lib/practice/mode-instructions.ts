// How each practice mode changes the buyer's behaviour and the scorer's weights. No "server-only":
// the UI shows the labels and descriptions.
import { replyLanguageInstruction } from "../account/languages";
import { rubricWeights, type CallMode, type PersonaProfile, type RubricCategory } from "./types";

export type ModeInstruction = {
  label: string;
  description: string;
  personaInstructions: string;
  firstMessage?: (persona: PersonaProfile) => string;
  /** Multipliers on the rubric weights; the result is renormalised to sum 1. */
  scorerEmphasis: Partial<Record<RubricCategory, number>>;
};

function firstNameOf(persona: PersonaProfile): string {
  return persona.name.split(/\s+/)[0] ?? persona.name;
}

const guardedPickups: Record<PersonaProfile["personality"], (persona: PersonaProfile) => string> = {
  skeptical: (persona) => `${firstNameOf(persona)} speaking. Who's this?`,
  busy: (persona) => `${firstNameOf(persona)}. I've got a minute, what is it?`,
  friendly: (persona) => `Hello, this is ${firstNameOf(persona)} at ${persona.company}. Who am I speaking with?`,
  technical: (persona) => `${persona.name}. Sorry, which company are you with?`,
  hostile: () => "Yeah? Who is this?",
};

export const modeInstructions: Record<CallMode, ModeInstruction> = {
  cold_call: {
    label: "Cold call",
    description: "The buyer did not expect your call. Earn thirty seconds, find a reason to keep talking, and book a meeting.",
    personaInstructions:
      "This is a cold call: you did not expect it and you are in the middle of something. Open guarded — ask who is calling and why. Give the rep a few seconds to earn your attention; if the opening is generic or a pitch, brush them off with an objection. Only warm up once they show they understand your world.",
    firstMessage: (persona) => guardedPickups[persona.personality](persona),
    scorerEmphasis: { opening: 1.75, closing: 1.2 },
  },
  discovery: {
    label: "Discovery",
    description: "The buyer agreed to a meeting. Uncover their pains with open questions before you pitch anything.",
    personaInstructions:
      "You agreed to this meeting, so you are willing to talk, but you are not going to do the rep's job for them. Answer open questions in a sentence or two and reveal a hidden pain only when a question touches it. If the rep pitches before understanding your situation, raise an objection. Agree to a next step only if they have understood your problems.",
    firstMessage: (persona) => `Hi, ${firstNameOf(persona)} here. I've blocked thirty minutes for this — where do you want to start?`,
    scorerEmphasis: { discovery: 1.8, opening: 0.7 },
  },
  objection_gauntlet: {
    label: "Objection gauntlet",
    description: "The buyer throws objections one after another. Acknowledge, explore and answer each before moving on.",
    personaInstructions:
      "This is an objection drill. Raise your objections one at a time, in order. When the rep acknowledges the concern and answers it with a question or concrete evidence, accept it briefly and raise the next one; if they brush it aside or pitch over it, repeat the same objection more firmly. After the last objection is handled, consider a next step.",
    scorerEmphasis: { objectionHandling: 2, discovery: 0.8 },
  },
};

/** Rubric weights for a mode: the base weights times the mode's emphasis, renormalised to sum 1. */
export function weightCategories({ mode }: { mode: CallMode }): Record<RubricCategory, number> {
  const emphasis = modeInstructions[mode].scorerEmphasis;
  const entries = Object.entries(rubricWeights).map(
    ([category, weight]) => [category, weight * (emphasis[category as RubricCategory] ?? 1)] as const,
  );
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return Object.fromEntries(entries.map(([category, weight]) => [category, weight / total])) as Record<
    RubricCategory,
    number
  >;
}

// The scorer reads agreement in the buyer's own words, so the model is asked to use plain ones.
const NEXT_STEP_WORDS =
  'When you agree to a next step, say so plainly, for example "Send me an invite" or "Tuesday works". When you are not ready, say "not yet" and why.';

/** The persona's prompt with the mode's rules appended, for the LLM and for ElevenLabs overrides. */
export function buildPersonaPrompt({ persona, mode, language = "en" }: { persona: PersonaProfile; mode: CallMode; language?: string }): {
  systemPrompt: string;
  firstMessage: string;
} {
  const instruction = modeInstructions[mode];
  const languageLine = replyLanguageInstruction(language);
  return {
    systemPrompt: [persona.systemPrompt, `Mode — ${instruction.label}: ${instruction.personaInstructions}`, NEXT_STEP_WORDS, languageLine]
      .filter((part) => part !== null)
      .join("\n\n"),
    firstMessage: instruction.firstMessage?.(persona) ?? persona.firstMessage,
  };
}
