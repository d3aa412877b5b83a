// The offline coach's conversation model: GROW (Goal → Reality → Options → Will). A pure function of
// what the user has said so far, so the same conversation always lands in the same stage.
// No "server-only": unit-tested and used by the benchmarks outside Next.

export const GROW_STAGES = ["goal", "reality", "options", "will", "review"] as const;
export type GrowStage = (typeof GROW_STAGES)[number];

export type UtteranceSignals = {
  goal: string | null;
  obstacle: string | null;
  options: string[];
  commitments: string[];
};

export type GrowState = {
  stage: GrowStage;
  /** User turns spent in the current stage. */
  turnsInStage: number;
  goal: string | null;
  obstacles: string[];
  options: string[];
  commitments: string[];
};

/** A stage the user gives no signal for is left after this many turns, so the coach never loops. */
const MAX_TURNS_PER_STAGE = 2;

const GOAL = /\b(?:i (?:want|need|would like|'d like|hope|aim|plan) to|my (?:goal|aim|priority) (?:is|for \w+ is)(?: to)?|i'm trying to|i am trying to|help me)\s+([^.!?\n]{3,160})/i;
const OBSTACLE = /\b(?:but|problem|struggl\w*|stuck|can't|cannot|couldn't|blocked|worried|worry|challenge|hard|difficult|no time|too (?:much|many|slow|expensive)|keeps?|failing|failed|lost)\b/i;
const OPTION = /\b(?:i could|we could|maybe|perhaps|one option|another option|option (?:is|would be)|alternatively|what if|or i|or we|might)\b\s*([^.!?\n]{0,160})/gi;
const COMMITMENT = /\b(?:i will|i'll|i am going to|i'm going to|i'm gonna|i commit to|i promise to)\s+([^.!?\n]{3,160})/gi;
const DEADLINE = /\b(?:by|before|on|until)\s+(?:(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)|tomorrow|tonight|end of (?:day|week|month)|eod|eow|\d{1,2}(?:st|nd|rd|th)?(?:\s+\w+)?)\b/i;

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/[,;:\s]+$/, "");
}

/** Turns "I'll call Sarah by Friday" into the commitment "call Sarah by Friday". */
export function extractCommitments(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(COMMITMENT)) {
    const action = clean(match[1] ?? "");
    if (action.split(" ").length >= 2 || DEADLINE.test(action)) found.push(action);
  }
  // "Send the deck to Priya by Friday." is a commitment too, even without "I will".
  if (found.length === 0) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      if (DEADLINE.test(sentence) && /^[A-Za-z]/.test(sentence.trim()) && !/\?\s*$/.test(sentence)) {
        found.push(clean(sentence.replace(/[.!]+$/, "")));
      }
    }
  }
  return found;
}

export function analyzeUtterance(text: string): UtteranceSignals {
  const goal = GOAL.exec(text)?.[1];
  const obstacle = OBSTACLE.exec(text) ? clean(text.split(/(?<=[.!?])\s+/).find((s) => OBSTACLE.test(s)) ?? text) : null;
  const options = [...text.matchAll(OPTION)].map((m) => clean(m[0] ?? "")).filter((o) => o.split(" ").length >= 3);
  return { goal: goal ? clean(goal) : null, obstacle, options, commitments: extractCommitments(text) };
}

function advance(state: GrowState, next: GrowStage): GrowState {
  return { ...state, stage: next, turnsInStage: 0 };
}

/** Folds one user turn into the state: record what was said, then move on when the stage's question
 * has been answered (or asked long enough). Commitments jump straight to review. */
export function stepGrow(state: GrowState, text: string): GrowState {
  const signals = analyzeUtterance(text);
  let next: GrowState = {
    ...state,
    turnsInStage: state.turnsInStage + 1,
    goal: state.goal ?? signals.goal,
    obstacles: signals.obstacle ? [...state.obstacles, signals.obstacle] : state.obstacles,
    options: [...state.options, ...signals.options],
    commitments: [...state.commitments, ...signals.commitments],
  };
  if (signals.commitments.length > 0) return advance(next, "review");
  const answered: Record<GrowStage, boolean> = {
    goal: Boolean(signals.goal),
    reality: Boolean(signals.obstacle) || text.split(/\s+/).length >= 25,
    options: signals.options.length > 0 || next.options.length >= 2,
    will: false,
    review: false,
  };
  const order = GROW_STAGES;
  const index = order.indexOf(state.stage);
  if (state.stage !== "review" && (answered[state.stage] || next.turnsInStage >= MAX_TURNS_PER_STAGE)) {
    next = advance(next, order[Math.min(index + 1, order.indexOf("will"))] as GrowStage);
  }
  return next;
}

export function initialGrowState(): GrowState {
  return { stage: "goal", turnsInStage: 0, goal: null, obstacles: [], options: [], commitments: [] };
}

/** The state after every user turn of a conversation, oldest first. */
export function growStateOf(userTurns: readonly string[]): GrowState {
  return userTurns.reduce(stepGrow, initialGrowState());
}

const QUESTIONS: Record<GrowStage, string[]> = {
  goal: [
    "What would you like to get out of this conversation?",
    "If this went really well, what would be different a month from now?",
    "What is the one outcome that matters most to you here?",
  ],
  reality: [
    "Where do things stand right now — what have you already tried?",
    "What's getting in the way at the moment?",
    "On a scale of 1 to 10, how close are you today, and what makes it that number?",
  ],
  options: [
    "What are two or three ways you could move this forward?",
    "If you had no constraints, what would you try first?",
    "What would someone you admire do in your position?",
  ],
  will: [
    "Which of those will you do, and by when?",
    "What is the very next step you'll take this week?",
    "What could stop you, and how will you handle it?",
  ],
  review: [
    "How confident are you, from 1 to 10, that this will happen — and what would make it a 10?",
    "Who could help you follow through on this?",
    "Is there anything else on your mind today?",
  ],
};

/** The stage's next question, skipping ones already asked in this conversation. */
export function nextGrowQuestion(state: GrowState, askedBefore: readonly string[]): string {
  const pool = QUESTIONS[state.stage];
  const fresh = pool.find((q) => !askedBefore.some((text) => text.includes(q)));
  return fresh ?? (pool[state.turnsInStage % pool.length] as string);
}
