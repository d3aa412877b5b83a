// The offline coach: a GROW conversation that reflects the user's own words, quotes what they said
// before (deep memory) and their goals, and acknowledges the commitments it hears. No LLM involved.
// No "server-only": the reply is a pure function, benchmarked outside Next.
import type { ChatMessage } from "../ai/types";
import { clip } from "./context-tiers";
import { analyzeUtterance, type GrowStage, growStateOf, nextGrowQuestion } from "./grow";
import { formatInstant } from "./format-instant";

export type OfflineCoachContext = {
  name: string;
  timezone: string;
  goals: { title: string }[];
  memories: { createdAt: string; snippet: string }[];
  /** Filled in by the engine: where the conversation stands after this turn. */
  outcome?: { stage: GrowStage; commitments: string[] };
};

const WORD = /[a-z0-9']{4,}/g;
const COMMON = new Set(["that", "this", "with", "have", "what", "about", "would", "could", "should", "want", "need", "just", "really", "some", "from", "they", "their", "there", "been", "will", "your", "more", "like", "make", "into", "when"]);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !COMMON.has(w)));
}

function relatedGoal(goals: OfflineCoachContext["goals"], text: string): string | null {
  const words = contentWords(text);
  let best: { title: string; overlap: number } | null = null;
  for (const goal of goals) {
    const overlap = [...contentWords(goal.title)].filter((w) => words.has(w) || words.has(w.replace(/s$/, ""))).length;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { title: goal.title, overlap };
  }
  return best?.title ?? null;
}

function reflect(text: string): string {
  const signals = analyzeUtterance(text);
  if (signals.commitments.length) return signals.commitments.map((c) => `I've noted: ${c}.`).join(" ");
  if (signals.goal) return `So what you want is to ${signals.goal}.`;
  if (signals.obstacle) return `I hear that this is hard: “${clip(signals.obstacle, 140)}”`;
  if (signals.options.length) return `That's an option worth weighing: “${clip(signals.options[0] as string, 120)}”.`;
  return `You said: “${clip(text, 140)}”`;
}

/** The offline coach's whole answer to the conversation so far. */
export function composeGrowReply({ messages, context }: { messages: ChatMessage[]; context: OfflineCoachContext }): string {
  const userTurns = messages.filter((m) => m.role === "user").map((m) => m.content);
  const asked = messages.filter((m) => m.role === "assistant").map((m) => m.content);
  const last = userTurns.at(-1) ?? "";
  const state = growStateOf(userTurns);
  context.outcome = { stage: state.stage, commitments: analyzeUtterance(last).commitments };

  const parts: string[] = [];
  if (userTurns.length === 1) parts.push(`Hi ${context.name}.`);
  parts.push(reflect(last));
  const memory = context.memories[0];
  if (memory) parts.push(`On ${formatInstant(memory.createdAt, context.timezone, { day: "numeric", month: "long" })} you said: “${clip(memory.snippet, 160)}”`);
  const goal = relatedGoal(context.goals, last);
  if (goal) parts.push(`This ties into your goal “${goal}”.`);
  else if (state.stage === "goal" && context.goals[0] && userTurns.length === 1) parts.push(`One of your active goals is “${context.goals[0].title}”.`);
  if (state.stage === "review" && state.commitments.length > 1) {
    parts.push(`So far you've committed to: ${state.commitments.map((c) => clip(c, 80)).join("; ")}.`);
  }
  parts.push(nextGrowQuestion(state, asked));
  return parts.join(" ");
}

/** Splits a reply into small pieces (a few words each) so it streams like a model would. */
export function chunkReply(text: string, wordsPerChunk = 3): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) chunks.push(tokens.slice(i, i + wordsPerChunk).join(""));
  return chunks;
}
