// Shared shapes of the Practice pillar: the API, the engines and the UI all speak these.

export const callModes = ["cold_call", "discovery", "objection_gauntlet"] as const;
export type CallMode = (typeof callModes)[number];

export const personalities = ["skeptical", "busy", "friendly", "technical", "hostile"] as const;
export type Personality = (typeof personalities)[number];

export const difficulties = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];

export const speakers = ["rep", "persona"] as const;
export type Speaker = (typeof speakers)[number];

export const rubricCategories = ["opening", "discovery", "objectionHandling", "communication", "closing"] as const;
export type RubricCategory = (typeof rubricCategories)[number];

/** Weights of the deep rubric (sum 1). */
export const rubricWeights: Record<RubricCategory, number> = {
  opening: 0.2,
  discovery: 0.25,
  objectionHandling: 0.25,
  communication: 0.15,
  closing: 0.15,
};

export type PersonaProfile = {
  name: string;
  role: string;
  company: string;
  industry: string;
  personality: Personality;
  difficulty: Difficulty;
  backstory: string;
  hiddenPains: string[];
  objections: string[];
  voiceId: string;
  systemPrompt: string;
  firstMessage: string;
};

export type TranscriptLine = { role: Speaker; content: string; timestampMs: number };

/** A category's grade and why. `evidence` holds verbatim transcript lines (or parts of one) that the
 * reasons rest on; a category the call gave no evidence for is not scored (`score: null`). Scores
 * stored before evidence existed have none. */
export type CategoryScore = { score: number | null; reasons: string[]; evidence?: string[] };
export type ScoredCategory = CategoryScore & { score: number };

export const NO_EVIDENCE = "No evidence in this call";

/** The categories that carry a number, in rubric order. */
export function scoredCategories(categories: Record<RubricCategory, CategoryScore>): [RubricCategory, ScoredCategory][] {
  return rubricCategories.flatMap((category) => {
    const entry = categories[category];
    return entry && entry.score !== null ? [[category, entry as ScoredCategory] as [RubricCategory, ScoredCategory]] : [];
  });
}

export type KeyMoment = {
  timestampMs: number;
  /** Must appear verbatim in the transcript. */
  quote: string;
  note: string;
  kind: "positive" | "negative";
};

export type QuickScore = { overall: number; summary: string; scorer: string };

export type DeepScore = {
  overallScore: number;
  categories: Record<RubricCategory, CategoryScore>;
  strengths: string[];
  improvements: string[];
  keyMoments: KeyMoment[];
  scorer: string;
};

/** Measurements the offline rubric is built on, shown to the user as its reasons. */
export type CallMetrics = {
  repTurns: number;
  personaTurns: number;
  openQuestions: number;
  closedQuestions: number;
  talkRatio: number;
  longestMonologueWords: number;
  objectionsRaised: number;
  objectionsAcknowledged: number;
  nextStepAsked: boolean;
  fillerWords: number;
  wordsPerMinute: number | null;
};

/** What the offline persona engine decides for its next line. */
export type PersonaTurn = {
  text: string;
  /** The persona ends the call (hostile or hard personas after repeated failures). */
  hangUp: boolean;
  /** The persona agreed to a next step. */
  agreedNextStep: boolean;
};
