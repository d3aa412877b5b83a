// npx tsx --conditions=react-server bench/offline-engines.ts — in-process p95 of the offline persona's
// next line and the offline coach's whole answer (target: both under 50 ms), over 20-turn calls with
// every preset in every mode plus freshly generated personas (cold fact sheets), and 20-turn coach
// conversations with a full profile. Writes bench/results/offline-engines.json.
// The react-server condition lets the "server-only" marker resolve outside Next.
import type { ChatMessage } from "../lib/ai/types";
import { composeGrowReply, type OfflineCoachContext } from "../lib/coach/chat/coach-engine";
import { composePersona } from "../lib/practice/persona/persona-composer";
import { createPersonaState, nextPersonaTurn, type PersonaState } from "../lib/practice/persona/persona-engine";
import { presetPersonas } from "../lib/practice/persona/presets";
import { callModes, difficulties, personalities, type CallMode, type PersonaProfile, type TranscriptLine } from "../lib/practice/types";
import { percentile, round, writeResult } from "./lib/stats";

const REP_LINES = [
  "Hi, this is Sam from Relay. Thanks for making the time.",
  "The reason I'm calling is I saw you're growing the team this year.",
  "How big is your team today?",
  "What tools do you use for this right now?",
  "Walk me through how the process works day to day.",
  "What's the hardest part of that for you?",
  "How much does that cost you each month?",
  "Our platform will save you time and boost revenue.",
  "That's fair, I hear that a lot. For example, one customer cut admin by 40% in 6 weeks.",
  "Who else would be involved in a decision like this?",
  "What does the budget look like for something like this?",
  "When would you want a change like this in place?",
  "Okay.",
  "Do you use a CRM today?",
  "What else gets in the way?",
  "How does that affect the rest of the business?",
  "I understand. What would have to be true for this to be worth it?",
  "So what I'm hearing is the manual work is the real cost.",
  "Could we book thirty minutes next Tuesday with your team?",
  "Great, I'll send the invite today.",
];

const COACH_MESSAGES = [
  "I'm overwhelmed and sleeping badly, the quarter is not going well.",
  "Our churn went up to 4% and I don't know why customers are leaving.",
  "How do I write a proposal that wins this new client?",
  "I want to hire a head of sales but we're still small.",
  "My co-founder and I keep arguing about the roadmap.",
  "What else could I try?",
  "I'll call the last five churned customers by Friday.",
  "I sent the board update yesterday.",
  "Should we raise prices for new customers?",
  "Three deals are stuck and keep slipping.",
];

function timePersonaCall({ persona, mode }: { persona: PersonaProfile; mode: CallMode }): number[] {
  let state: PersonaState = createPersonaState({ persona, mode });
  const transcript: TranscriptLine[] = [];
  const times: number[] = [];
  for (const content of REP_LINES) {
    transcript.push({ role: "rep", content, timestampMs: transcript.length * 5_000 });
    const stored = JSON.parse(JSON.stringify(state)) as PersonaState;
    const started = performance.now();
    const { turn, state: next } = nextPersonaTurn({ persona, mode, state: stored, transcript });
    times.push(performance.now() - started);
    state = next;
    if (turn.hangUp) break;
    transcript.push({ role: "persona", content: turn.text, timestampMs: transcript.length * 5_000 });
  }
  return times;
}

const coachContext = (): OfflineCoachContext => ({
  name: "Dana Whitfield",
  timezone: "Europe/London",
  goals: ["Reach £50k MRR", "Hire a head of sales", "Cut churn below 2%", "Close the Barclays deal", "Sleep seven hours"].map((title) => ({ title })),
  memories: [{ createdAt: "2026-07-14T23:30:00Z", snippet: "The London pitch to Barclays went badly." }],
  profile: { stage: "Seed", teamSize: 8, keyChallenges: ["churn", "hiring"] },
  coachStyle: "strategic",
  actionItems: Array.from({ length: 10 }, (_, index) => ({ id: `item-${index}`, text: index === 3 ? "Send the board update" : `Follow up with client ${index}` })),
});

function timeCoachConversation(offset: number): number[] {
  const messages: ChatMessage[] = [];
  const times: number[] = [];
  for (let turn = 0; turn < 20; turn += 1) {
    messages.push({ role: "user", content: COACH_MESSAGES[(turn + offset) % COACH_MESSAGES.length]! });
    const started = performance.now();
    const reply = composeGrowReply({ messages, context: coachContext() });
    times.push(performance.now() - started);
    messages.push({ role: "assistant", content: reply });
  }
  return times;
}

const personaTimes: number[] = [];
const coldTimes: number[] = [];
for (const mode of callModes) for (const persona of presetPersonas) personaTimes.push(...timePersonaCall({ persona, mode }));
for (const personality of personalities) {
  for (const difficulty of difficulties) {
    const persona = composePersona({ industry: `Industry ${personality} ${difficulty}`, role: "Head of Operations", personality, difficulty });
    const [first, ...rest] = timePersonaCall({ persona, mode: "discovery" });
    coldTimes.push(first!);
    personaTimes.push(first!, ...rest);
  }
}
const coachTimes = Array.from({ length: 10 }, (_, offset) => timeCoachConversation(offset)).flat();
const [coachCold] = coachTimes;

const row = (measure: string, times: number[], note: string) => ({
  measure,
  runs: times.length,
  p50Ms: round(percentile(times, 50), 2),
  p95Ms: round(percentile(times, 95), 2),
  maxMs: round(Math.max(...times), 2),
  targetP95Ms: 50,
  note,
});

const rows = [
  row("persona reply (offline)", personaTimes, "20-turn calls: 10 presets × 3 modes + 15 generated personas"),
  row("persona first reply, cold fact sheet", coldTimes, "builds and embeds a new persona's fact sheet"),
  row("coach answer (offline)", coachTimes, "10 conversations × 20 turns, full profile, 5 goals, 10 action items"),
  row("coach first answer in a fresh process", [coachCold!], "includes indexing the playbook once and JIT warm-up"),
];
console.table(rows);
writeResult("offline-engines", rows);
