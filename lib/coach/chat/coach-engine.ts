// The offline coach: reflects what the user said in natural grammar, gives one or two concrete
// practices from the curated playbook (retrieved by topic keywords and the local embedding, fitted to
// the profile and goals), answers direct questions directly, offers to tick off an action item the
// user reports done, and ends with one GROW question. Messages the safety classifier flags get the
// safety policy's answer instead (lib/coach/safety). No LLM involved.
// No "server-only": the reply is a pure function, benchmarked outside Next.
import type { ChatMessage } from "../../ai/types";
import { hasCrisisSignal } from "../../care/crisis-signals";
import { agendaOpening } from "../carry-forward/agenda-opening";
import type { CarriedCommitment } from "../carry-forward/carried-commitments";
import { clip } from "./context-tiers";
import { formatInstant } from "../format-instant";
import { analyzeUtterance, type GrowStage, growStateOf, nextGrowQuestion } from "./grow";
import { choosePractices, type CoachProfile, type CoachStyle, fitToProfile, phraseAdvice } from "../offline-reply/advise";
import { findDoneActionItem, type OpenActionItem } from "../offline-reply/done-commitment";
import { reflectMessage, toSecondPerson } from "../offline-reply/reflect";
import { retrievePlaybook } from "../playbook/retrieve-playbook";
import type { CoachPracticeContext } from "./practice-context";
import { practiceMention } from "../offline-reply/practice-mention";
import { classifyMessage } from "../safety/classify-message";
import { crisisReply, professionalSignpost, refusalReply } from "../safety/safety-reply";

export type OfflineCoachContext = {
  name: string;
  timezone: string;
  goals: { title: string }[];
  memories: { createdAt: string; snippet: string }[];
  profile?: CoachProfile | null;
  coachStyle?: CoachStyle;
  actionItems?: OpenActionItem[];
  /** In a session: what the last session's commitments became (the first answer opens with them). */
  carried?: CarriedCommitment[];
  /** Recent Practice results, when the user shares them with the Coach. */
  practice?: CoachPracticeContext | null;
  /** Filled in by the engine: where the conversation stands after this turn. */
  outcome?: { stage: GrowStage; commitments: string[]; playbookIds: string[]; doneActionItem: OpenActionItem | null };
};

const WORD = /[a-z0-9']{4,}/g;
const COMMON = new Set(["that", "this", "with", "have", "what", "about", "would", "could", "should", "want", "need", "just", "really", "some", "from", "they", "their", "there", "been", "will", "your", "more", "like", "make", "into", "when"]);
/** "Remind me what I said about churn": the answer is the memory, not new advice. */
const RECALL = /\b(remind me|what did (i|we) (say|decide|agree|talk about)|what was (it|that) (i|we) said|last time (i|we)|did i (mention|say))\b/i;
const DIRECT =
  /^(how (do|should|can|could) (i|we)|what (should|can|could) (i|we)|should (i|we)|what'?s the best way|what is the best way|any (tips|advice)|can you (help|give|suggest|tell)|is it (better|worth)|when should (i|we)|which (should|is better))\b|\b(any (tips|advice)|what do you (think|suggest|recommend)|give me (advice|tips))\b/i;

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

const DONE_QUESTIONS = ["What made the difference in getting it done?", "Now that it's done, what's the next step?", "What did you learn from doing it that you'd use again?"];

export function firstNameOf(name: string): string {
  const first = name.trim().split(/\s+/)[0] || name;
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** One question only: the entry's own when it is fresh, else the GROW stage's next one. */
function pickQuestion({ entryQuestion, state, asked }: { entryQuestion: string | null; state: ReturnType<typeof growStateOf>; asked: string[] }): string {
  if (entryQuestion && !asked.some((text) => text.includes(entryQuestion))) return entryQuestion;
  return nextGrowQuestion(state, asked);
}

/** The offline coach's whole answer to the conversation so far. */
export function composeGrowReply({ messages, context }: { messages: ChatMessage[]; context: OfflineCoachContext }): string {
  const userTurns = messages.filter((m) => m.role === "user").map((m) => m.content);
  const asked = messages.filter((m) => m.role === "assistant").map((m) => m.content);
  const last = userTurns.at(-1) ?? "";
  // Words said in crisis are never counted as a plan ("So far you've committed to: …").
  const state = growStateOf(userTurns.filter((text) => !hasCrisisSignal(text)));
  const safety = classifyMessage(last);
  if (safety.kind === "crisis" || safety.kind === "deceive-or-harass") {
    context.outcome = { stage: state.stage, commitments: [], playbookIds: [], doneActionItem: null };
    return safety.kind === "crisis" ? crisisReply({ firstName: firstNameOf(context.name) }) : refusalReply({ misuse: safety.misuse, message: last });
  }
  const commitments = analyzeUtterance(last).commitments;
  const done = findDoneActionItem({ message: last, items: context.actionItems ?? [] });
  const recall = RECALL.test(last) && context.memories.length > 0;
  const matches = commitments.length || done || recall ? [] : retrievePlaybook({ message: last, earlier: userTurns.slice(0, -1) });
  const entry = matches[0]?.entry ?? null;
  context.outcome = { stage: state.stage, commitments, playbookIds: matches.slice(0, 3).map((match) => match.entry.id), doneActionItem: done };

  const parts: string[] = [];
  if (userTurns.length === 1) parts.push(`Hi ${firstNameOf(context.name)}.`);
  if (userTurns.length === 1 && context.carried?.length && !done) {
    const opening = agendaOpening(context.carried);
    parts.push(...opening.sentences);
    if (opening.asks) return parts.join(" ");
  }
  if (safety.kind === "professional-advice") parts.push(professionalSignpost(safety.field));
  if (done) {
    parts.push(`Well done — that's “${clip(done.text, 100)}” from your action items.`, "Shall I tick it off? Use “Mark done” below this answer.");
    parts.push(DONE_QUESTIONS.find((question) => !asked.some((text) => text.includes(question))) ?? DONE_QUESTIONS[0]!);
    return parts.join(" ");
  }
  // A professional question gets coaching, never a direct answer that could pass for advice.
  const direct = DIRECT.test(last.trim()) && entry !== null && safety.kind === "none";
  if (commitments.length) parts.push(commitments.map((c) => `I've noted that you'll ${toSecondPerson(c)}.`).join(" "));
  else if (!direct) {
    const reflection = reflectMessage(last);
    if (reflection) parts.push(reflection);
  }
  const memory = context.memories[0];
  if (memory) {
    const when = formatInstant(memory.createdAt, context.timezone, { day: "numeric", month: "long" });
    parts.push(recall ? `Here's what you said on ${when}: “${clip(memory.snippet, 160)}”` : `On ${when} you said: “${clip(memory.snippet, 160)}”`);
  }
  const practice = practiceMention({ message: last, practice: context.practice });
  if (practice) parts.push(practice);
  const goal = relatedGoal(context.goals, last);
  if (goal) parts.push(`This ties into your goal “${goal}”.`);
  else if (state.stage === "goal" && context.goals[0] && userTurns.length === 1 && !entry) parts.push(`One of your active goals is “${context.goals[0].title}”.`);
  if (entry) {
    const style = context.coachStyle ?? "strategic";
    const practices = choosePractices({ entry, profile: context.profile, said: asked, count: direct || style === "supportive" ? 1 : 2 });
    const advice = phraseAdvice({ practices, style, direct, entry });
    if (advice) parts.push(advice);
    const fit = fitToProfile({ entry, profile: context.profile });
    if (fit && practices.length) parts.push(fit);
  }
  if (state.stage === "review" && state.commitments.length > 1) {
    parts.push(`So far you've committed to: ${state.commitments.map((c) => clip(c, 80)).join("; ")}.`);
  }
  parts.push(pickQuestion({ entryQuestion: commitments.length ? null : (entry?.question ?? null), state, asked }));
  return parts.join(" ");
}

/** Splits a reply into small pieces (a few words each) so it streams like a model would. */
export function chunkReply(text: string, wordsPerChunk = 3): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) chunks.push(tokens.slice(i, i + wordsPerChunk).join(""));
  return chunks;
}
