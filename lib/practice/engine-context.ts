import type { PersonaState } from "./persona/persona-engine";
import type { CallMode, PersonaProfile, PersonaTurn, TranscriptLine } from "./types";

/** What scoring tasks pass to the offline rubric. */
export type ScoringContext = {
  transcript: TranscriptLine[];
  mode: CallMode;
  durationMs?: number;
  /** A voice call, whose timestamps measure speech; typed calls get no pace. */
  timedSpeech?: boolean;
  /** The buyer's hidden pains, for the deep pass's "pains uncovered". */
  hiddenPains?: string[];
};

/** What a persona reply passes to the offline persona engine; the engine writes its decision and
 * new state into `outcome`, which the caller stores once the reply has streamed. */
export type PersonaReplyContext = {
  persona: PersonaProfile;
  mode: CallMode;
  state: PersonaState;
  transcript: TranscriptLine[];
  outcome?: { turn: PersonaTurn; state: PersonaState };
};
