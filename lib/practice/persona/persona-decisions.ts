import "server-only";
import type { PersonaState } from "./persona-engine";
import type { RepIntents } from "./persona-intents";
import { joinLead, phraseReply, pickGreetingKind, type ReplyKind } from "./persona-replies";
import { answerClosedQuestion, answerOpenQuestion, type AnswerInput } from "./answer-question";
import type { FactSheet } from "./fact-sheet";
import type { RepIntent } from "./rep-intent";
import { retrieveFact } from "./retrieve-fact";
import { phraseVoice, type VoiceKind } from "./voice-frames";
import type { CallMode, Difficulty, PersonaProfile } from "../types";

// What the buyer says next, in priority order: react to pressure, settle the open objection, answer
// a next-step ask, raise the next objection when the mode, an early pitch or a vague claim calls for
// it, then answer what the rep's line was for from the persona's fact sheet.

const nextStepTrust: Record<Difficulty, number> = { easy: 45, medium: 60, hard: 70 };

export type DecideInput = {
  persona: PersonaProfile;
  mode: CallMode;
  state: PersonaState;
  intents: RepIntents;
  intent: RepIntent;
  sheet: FactSheet;
  repText: string;
  seed: number;
  ignoredObjection: boolean;
  earlyPitch: boolean;
};
type Decision = { text: string; state: PersonaState };
type Say = { reply: (kind: ReplyKind) => string; voice: (kind: VoiceKind) => string };

function hasUnraisedObjection({ persona, state }: { persona: PersonaProfile; state: PersonaState }): boolean {
  return state.nextObjection < persona.objections.length;
}

function raiseObjection({ persona, state, lead }: { persona: PersonaProfile; state: PersonaState; lead: string }): Decision {
  const index = state.nextObjection;
  const sentence = persona.objections[index] ?? "";
  return { text: joinLead({ lead, sentence }), state: { ...state, pendingObjection: index, nextObjection: index + 1 } };
}

function canAgree({ persona, mode, state }: { persona: PersonaProfile; mode: CallMode; state: PersonaState }): boolean {
  const gauntletDone = mode !== "objection_gauntlet" || !hasUnraisedObjection({ persona, state });
  return state.trust >= nextStepTrust[persona.difficulty] && state.pendingObjection === null && gauntletDone;
}

const pushesBack = (persona: PersonaProfile) => persona.personality === "skeptical" || persona.personality === "hostile";

function answerNextStep(input: DecideInput, say: Say): Decision {
  const { persona, mode, state } = input;
  if (canAgree({ persona, mode, state })) return { text: say.reply("agree"), state: { ...state, agreedNextStep: true } };
  if (hasUnraisedObjection({ persona, state })) return raiseObjection({ persona, state, lead: say.reply("objectionLead") });
  // A buyer who booked the meeting says not yet, and stays on the call.
  if (mode === "discovery") return { text: `${say.reply("refuse")} ${say.voice("stayOnCall")}`, state };
  return { text: say.reply("refuse"), state };
}

function answerClaim(input: DecideInput, say: Say): Decision {
  const { persona, state } = input;
  if (!pushesBack(persona)) return { text: say.voice("curious"), state };
  if (hasUnraisedObjection({ persona, state })) return raiseObjection({ persona, state, lead: say.voice("pushback") });
  return { text: `${say.voice("pushback")}${say.voice("curious")}`, state };
}

/** A reason that names something about the buyer's business ("I saw you're hiring") gets the fact it
 * names; a generic one gets a guarded question back. */
function answerReason(input: DecideInput, say: Say): Decision {
  const { sheet, state, intent, repText } = input;
  const specific = intent.topic === "team" || intent.topic === "company";
  const fact = specific ? retrieveFact({ sheet, question: repText, topic: intent.topic, used: state.usedFacts, allow: (candidate) => candidate.topic === intent.topic }) : null;
  if (!fact) return { text: `${say.voice("reasonAck")}${say.voice("reasonProbe")}`, state };
  return { text: `${say.voice("reasonAck")}${fact.text}`, state: { ...state, usedFacts: [...state.usedFacts, fact.id] } };
}

function decideAfterObjection(input: DecideInput, say: Say): Decision {
  const { persona, mode, intents, intent, state } = input;
  if (intent.kind === "next_step") return answerNextStep(input, say);
  const objectionDue = mode === "objection_gauntlet" || input.earlyPitch;
  if (objectionDue && hasUnraisedObjection({ persona, state })) return raiseObjection({ persona, state, lead: say.reply("objectionLead") });
  const answerInput: AnswerInput = { persona, state, intents, intent, sheet: input.sheet, seed: input.seed, repText: input.repText };
  switch (intent.kind) {
    case "vague_claim":
      return answerClaim(input, say);
    case "pitch":
      return pushesBack(persona) && hasUnraisedObjection({ persona, state }) ? raiseObjection({ persona, state, lead: say.reply("objectionLead") }) : { text: say.reply("neutral"), state };
    case "small_talk":
      return { text: say.voice("smallTalk"), state };
    case "off_topic":
      return { text: say.voice("offTopic"), state };
    case "reason":
      return answerReason(input, say);
    case "intro":
      return { text: say.reply(pickGreetingKind({ mode })), state };
    case "closed_question":
      return answerClosedQuestion(answerInput);
    case "statement":
      return { text: say.reply("neutral"), state };
    default:
      return intents.openQuestion ? answerOpenQuestion(answerInput) : { text: say.reply("neutral"), state };
  }
}

export function decideReply(input: DecideInput): Decision {
  const { persona, intents, seed } = input;
  const say: Say = {
    reply: (kind) => phraseReply({ kind, persona, seed }),
    voice: (kind) => phraseVoice({ kind, personality: persona.personality, seed }),
  };
  const pending = input.state.pendingObjection;

  if (intents.rude || intents.pushy) {
    const follow = pending !== null ? (persona.objections[pending] ?? "") : intents.nextStep ? say.reply("refuse") : "";
    return { text: `${say.reply("irritated")} ${follow}`.trim(), state: input.state };
  }
  if (pending !== null && input.ignoredObjection) {
    return { text: joinLead({ lead: say.reply("objectionRepeat"), sentence: persona.objections[pending] ?? "" }), state: input.state };
  }
  if (pending === null) return decideAfterObjection(input, say);

  const settled: PersonaState = {
    ...input.state,
    pendingObjection: null,
    addressedObjections: [...input.state.addressedObjections, pending],
  };
  const kind = input.intent.kind === "objection_handling" ? (input.intents.openQuestion ? "discovery" : "statement") : input.intent.kind;
  const next = decideAfterObjection({ ...input, state: settled, intent: { ...input.intent, kind } }, say);
  const accepted = say.reply("objectionAccepted");
  return { text: next.text === say.reply("neutral") ? accepted : `${accepted} ${next.text}`, state: next.state };
}
