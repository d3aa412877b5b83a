import "server-only";
import type { PersonaState } from "./persona-engine";
import { matchPain, type RepIntents } from "./persona-intents";
import { joinLead, phraseReply, pickGreetingKind, type ReplyKind } from "./persona-replies";
import type { CallMode, Difficulty, PersonaProfile } from "./types";

// What the buyer says next, in priority order: react to pressure, settle the open objection, answer
// a next-step ask, raise the next objection when the mode or an early pitch calls for it, then answer
// the question that was asked.

const nextStepTrust: Record<Difficulty, number> = { easy: 45, medium: 60, hard: 70 };
/** Trust needed before an open question that misses every pain still earns one. */
const fallbackRevealTrust: Record<Difficulty, number> = { easy: 15, medium: 30, hard: 45 };

type DecideInput = {
  persona: PersonaProfile;
  mode: CallMode;
  state: PersonaState;
  intents: RepIntents;
  seed: number;
  ignoredObjection: boolean;
  earlyPitch: boolean;
};
type Decision = { text: string; state: PersonaState };

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

function answerOpenQuestion({ persona, state, intents, say }: DecideInput & { say: (kind: ReplyKind) => string }): Decision {
  const { hiddenPains } = persona;
  let index = matchPain({ question: intents.questionText, pains: hiddenPains, revealed: state.revealedPains });
  if (index === null && intents.strongOpenQuestion && state.trust >= fallbackRevealTrust[persona.difficulty]) {
    const next = hiddenPains.findIndex((_, painIndex) => !state.revealedPains.includes(painIndex));
    index = next === -1 ? null : next;
  }
  if (index === null) {
    const allTold = state.revealedPains.length === hiddenPains.length;
    return { text: say(allTold ? "allPainsTold" : "deflect"), state };
  }
  const text = joinLead({ lead: say("painLead"), sentence: hiddenPains[index] ?? "" }) + say("painTail");
  return { text, state: { ...state, revealedPains: [...state.revealedPains, index] } };
}

function decideAfterObjection(input: DecideInput, say: (kind: ReplyKind) => string): Decision {
  const { persona, mode, intents } = input;
  const state = input.state;
  if (intents.nextStep) {
    if (canAgree({ persona, mode, state })) return { text: say("agree"), state: { ...state, agreedNextStep: true } };
    if (hasUnraisedObjection({ persona, state })) return raiseObjection({ persona, state, lead: say("objectionLead") });
    return { text: say("refuse"), state };
  }
  const objectionDue = mode === "objection_gauntlet" || input.earlyPitch;
  if (objectionDue && hasUnraisedObjection({ persona, state })) {
    return raiseObjection({ persona, state, lead: say("objectionLead") });
  }
  if (intents.openQuestion) return answerOpenQuestion({ ...input, say });
  if (intents.closedQuestion) return { text: say("closedAnswer"), state };
  if (state.turn === 1 && (intents.greeting || intents.introduction)) return { text: say(pickGreetingKind({ mode })), state };
  return { text: say("neutral"), state };
}

export function decideReply(input: DecideInput): Decision {
  const { persona, intents, seed } = input;
  const say = (kind: ReplyKind) => phraseReply({ kind, persona, seed });
  const pending = input.state.pendingObjection;

  if (intents.rude || intents.pushy) {
    const follow = pending !== null ? (persona.objections[pending] ?? "") : intents.nextStep ? say("refuse") : "";
    return { text: `${say("irritated")} ${follow}`.trim(), state: input.state };
  }
  if (pending !== null && input.ignoredObjection) {
    return { text: joinLead({ lead: say("objectionRepeat"), sentence: persona.objections[pending] ?? "" }), state: input.state };
  }
  if (pending === null) return decideAfterObjection(input, say);

  const settled: PersonaState = {
    ...input.state,
    pendingObjection: null,
    addressedObjections: [...input.state.addressedObjections, pending],
  };
  const next = decideAfterObjection({ ...input, state: settled }, say);
  const accepted = say("objectionAccepted");
  return { text: next.text === say("neutral") ? accepted : `${accepted} ${next.text}`, state: next.state };
}
