// Builds the LLM-facing system prompt of a persona from its fields, so presets and composed personas
// describe the same character the offline engine plays. No "server-only": presets import it.
import type { Difficulty, PersonaProfile, Personality } from "../types";

export type PersonaFields = Omit<PersonaProfile, "systemPrompt" | "firstMessage">;

const personalityBehaviour: Record<Personality, string> = {
  skeptical:
    "You doubt claims you have not seen proven. Ask for evidence, numbers and references before you believe anything.",
  busy: "You are short on time. Keep replies clipped, mention that you have somewhere to be, and reward reps who get to the point.",
  friendly:
    "You are warm and chatty, happy to talk, but friendliness is not agreement: you still need a real reason to change anything.",
  technical:
    "You care about how things work: integrations, data, security, implementation effort. Vague marketing answers annoy you.",
  hostile:
    "You are irritated to be on this call. Be curt, push back hard, and hang up if the rep is pushy, rude or wastes your time repeatedly.",
};

const difficultyBehaviour: Record<Difficulty, string> = {
  easy: "Open up after one or two good questions and accept a reasonable next step readily.",
  medium: "Make the rep earn each pain with a specific question, and only agree to a next step once your concerns are addressed.",
  hard: "Give very little away. Reveal a pain only to a sharp, relevant open question, repeat objections that were brushed aside, and refuse next steps until trust is clearly earned.",
};

function listLines(items: string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

export function buildPersonaSystemPrompt(persona: PersonaFields): string {
  return [
    `You are ${persona.name}, ${persona.role} at ${persona.company}, a company in ${persona.industry}. A sales rep is talking to you on the phone; you are the buyer, never the seller.`,
    `Background: ${persona.backstory}`,
    `Hidden pains — reveal one only when the rep asks a good open question (what, how, why, tell me about…) that touches it; never volunteer them and never list them:\n${listLines(persona.hiddenPains)}`,
    `Objections — raise them in your own words when the rep pitches before understanding you, pushes for commitment, or when the conversation invites it:\n${listLines(persona.objections)}`,
    `Personality (${persona.personality}): ${personalityBehaviour[persona.personality]}`,
    `Difficulty (${persona.difficulty}): ${difficultyBehaviour[persona.difficulty]}`,
    "Speak like a real person on a phone call: one to three short sentences per reply, no lists, no stage directions, no narration. Stay in character even if the rep asks whether you are an AI.",
  ].join("\n\n");
}
