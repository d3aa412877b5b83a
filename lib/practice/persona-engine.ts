import "server-only";
import { classifyRepLine, matchPain, type RepIntents } from "./persona-intents";
import { decideReply } from "./persona-decisions";
import { hashText, phraseReply } from "./persona-replies";
import type { CallMode, Difficulty, PersonaProfile, PersonaTurn, Personality, TranscriptLine } from "./types";

// The offline buyer: a small state machine over trust, strikes, objections and revealed pains.
// State is plain JSON because the call stores it between requests.

export type PersonaState = {
  turn: number;
  /** 0–100: rises with empathy, open and relevant questions; falls with monologues and pressure. */
  trust: number;
  /** Failures (rudeness, pressure, ignored objections, monologues) that can end the call. */
  strikes: number;
  /** Index of the next objection not yet raised. */
  nextObjection: number;
  pendingObjection: number | null;
  addressedObjections: number[];
  revealedPains: number[];
  openQuestions: number;
  agreedNextStep: boolean;
  hungUp: boolean;
};

export type PersonaTurnInput = { persona: PersonaProfile; mode: CallMode; state: PersonaState; transcript: TranscriptLine[] };

const startingTrust: Record<Difficulty, number> = { easy: 35, medium: 25, hard: 15 };
const personalityTrust: Record<Personality, number> = { friendly: 10, busy: 0, technical: 0, skeptical: -5, hostile: -10 };
const MAX_STRIKES = 3;

export function createPersonaState({ persona, mode }: { persona: PersonaProfile; mode: CallMode }): PersonaState {
  const trust = startingTrust[persona.difficulty] + personalityTrust[persona.personality] + (mode === "cold_call" ? -5 : 0);
  return {
    turn: 0,
    trust: Math.max(0, trust),
    strikes: 0,
    nextObjection: 0,
    pendingObjection: null,
    addressedObjections: [],
    revealedPains: [],
    openQuestions: 0,
    agreedNextStep: false,
    hungUp: false,
  };
}

function isRelevant({ intents, persona }: { intents: RepIntents; persona: PersonaProfile }): boolean {
  const mentionsCompany = intents.questionText.toLowerCase().includes(persona.company.toLowerCase());
  return mentionsCompany || matchPain({ question: intents.questionText, pains: persona.hiddenPains, revealed: [] }) !== null;
}

/** How this line moves trust and whether it counts as a strike against the rep. */
function scoreRepLine({ intents, persona, state }: { intents: RepIntents; persona: PersonaProfile; state: PersonaState }) {
  const ignoredObjection = state.pendingObjection !== null && !intents.empathy && !intents.evidence && !intents.openQuestion;
  const earlyPitch = intents.pitch && state.openQuestions < 2;
  const changes = [
    intents.openQuestion ? 6 : 0,
    intents.openQuestion && isRelevant({ intents, persona }) ? 4 : 0,
    intents.empathy ? (state.pendingObjection === null ? 3 : 8) : 0,
    intents.evidence && state.pendingObjection !== null ? 6 : 0,
    state.turn === 0 && (intents.greeting || intents.introduction) ? 3 : 0,
    intents.monologue ? -10 : 0,
    earlyPitch ? -5 : 0,
    intents.pushy ? -12 : 0,
    intents.rude ? -20 : 0,
    ignoredObjection ? -8 : 0,
  ];
  const strikes = [intents.rude, intents.pushy, ignoredObjection, intents.monologue].filter(Boolean).length;
  return { trustChange: changes.reduce((sum, change) => sum + change, 0), strikes, ignoredObjection, earlyPitch };
}

function canHangUp(persona: PersonaProfile): boolean {
  return persona.personality === "hostile" || persona.difficulty === "hard";
}

export function nextPersonaTurn({ persona, mode, state, transcript }: PersonaTurnInput): { turn: PersonaTurn; state: PersonaState } {
  if (state.hungUp) return { turn: { text: "", hangUp: true, agreedNextStep: state.agreedNextStep }, state };
  const repText = transcript.findLast((line) => line.role === "rep")?.content ?? "";
  const intents = classifyRepLine({ text: repText });
  const seed = hashText(`${state.turn}|${repText}`);
  const judged = scoreRepLine({ intents, persona, state });
  const scored: PersonaState = {
    ...state,
    turn: state.turn + 1,
    trust: Math.max(0, Math.min(100, state.trust + judged.trustChange)),
    strikes: state.strikes + judged.strikes,
    openQuestions: state.openQuestions + (intents.openQuestion ? 1 : 0),
  };

  if (canHangUp(persona) && scored.strikes >= MAX_STRIKES) {
    const text = phraseReply({ kind: "hangUp", persona, seed });
    return { turn: { text, hangUp: true, agreedNextStep: false }, state: { ...scored, hungUp: true } };
  }
  const decision = decideReply({ persona, mode, state: scored, intents, seed, ignoredObjection: judged.ignoredObjection, earlyPitch: judged.earlyPitch });
  return {
    turn: { text: decision.text, hangUp: false, agreedNextStep: decision.state.agreedNextStep },
    state: decision.state,
  };
}
