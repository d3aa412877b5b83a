import "server-only";
import { classifyRepLine, matchPain, type RepIntents } from "./persona-intents";
import { decideReply } from "./persona-decisions";
import { hashText, phraseReply } from "./persona-replies";
import { buildFactSheet } from "./fact-sheet";
import { classifyRepIntent } from "./rep-intent";
import { bridgeCount, phraseVoice } from "./voice-frames";
import type { CallMode, Difficulty, PersonaProfile, PersonaTurn, Personality, TranscriptLine } from "../types";

// The offline buyer: a small state machine over trust, strikes, objections and revealed pains, that
// answers from the persona's fact sheet and never says the same line twice in a call. State is
// plain JSON because the call stores it between requests.

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
  /** Fact-sheet ids already told in this call. */
  usedFacts: string[];
  /** Hashes of every line said in this call, so none is said twice. */
  said: number[];
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
    usedFacts: [],
    said: [],
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

/** Hostile or hard buyers may hang up; in discovery the buyer booked the meeting, so only on a rude line. */
function canHangUp({ persona, mode, intents }: { persona: PersonaProfile; mode: CallMode; intents: RepIntents }): boolean {
  if (mode === "discovery" && !intents.rude) return false;
  return persona.personality === "hostile" || persona.difficulty === "hard";
}

const MAX_VARIANTS = 8;

/** Tries phrasings until one is new to this call; when every one was said, adds a bridge that is. */
function freshReply({ build, persona, said, seed }: { build: (seed: number) => { text: string; state: PersonaState }; persona: PersonaProfile; said: number[]; seed: number }) {
  let first: { text: string; state: PersonaState } | null = null;
  for (let variant = 0; variant < MAX_VARIANTS; variant += 1) {
    const decision = build(seed + variant);
    first ??= decision;
    if (!said.includes(hashText(decision.text))) return decision;
  }
  const bridges = Array.from({ length: bridgeCount(persona.personality) }, (_, index) => phraseVoice({ kind: "bridge", personality: persona.personality, seed: seed + index }));
  const endings = [...bridges, ...bridges.flatMap((one) => bridges.filter((two) => two !== one).map((two) => `${one} ${two}`))];
  const ending = endings.find((candidate) => !said.includes(hashText(`${first!.text} ${candidate}`))) ?? endings.at(-1);
  return { ...first!, text: `${first!.text} ${ending}` };
}

export function nextPersonaTurn({ persona, mode, state: stored, transcript }: PersonaTurnInput): { turn: PersonaTurn; state: PersonaState } {
  // States stored before fact sheets existed lack the newer fields.
  const state: PersonaState = { ...stored, usedFacts: stored.usedFacts ?? [], said: stored.said ?? [] };
  if (state.hungUp) return { turn: { text: "", hangUp: true, agreedNextStep: state.agreedNextStep }, state };
  const repText = transcript.findLast((line) => line.role === "rep")?.content ?? "";
  const intents = classifyRepLine({ text: repText });
  const intent = classifyRepIntent({ text: repText, intents, turn: state.turn + 1, objectionPending: state.pendingObjection !== null });
  const seed = hashText(`${state.turn}|${repText}`);
  const judged = scoreRepLine({ intents, persona, state });
  const scored: PersonaState = {
    ...state,
    turn: state.turn + 1,
    trust: Math.max(0, Math.min(100, state.trust + judged.trustChange)),
    strikes: state.strikes + judged.strikes,
    openQuestions: state.openQuestions + (intents.openQuestion ? 1 : 0),
  };
  const remember = (next: PersonaState, text: string): PersonaState => ({ ...next, said: [...next.said, hashText(text)] });

  if (canHangUp({ persona, mode, intents }) && scored.strikes >= MAX_STRIKES) {
    const text = phraseReply({ kind: "hangUp", persona, seed });
    return { turn: { text, hangUp: true, agreedNextStep: false }, state: remember({ ...scored, hungUp: true }, text) };
  }
  const sheet = buildFactSheet(persona);
  const decision = freshReply({
    build: (variantSeed) =>
      decideReply({ persona, mode, state: scored, intents, intent, sheet, repText, seed: variantSeed, ignoredObjection: judged.ignoredObjection, earlyPitch: judged.earlyPitch }),
    persona,
    said: scored.said,
    seed,
  });
  return {
    turn: { text: decision.text, hangUp: false, agreedNextStep: decision.state.agreedNextStep },
    state: remember(decision.state, decision.text),
  };
}
