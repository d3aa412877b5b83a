import "server-only";
import { hasEvidence } from "../rubric/lexicon";
import type { RepIntents } from "./persona-intents";
import type { FactTopic } from "./fact-sheet";

// What the rep's line is for, and which part of the buyer's world a question is about. Topic
// keywords pick the kind of fact; the local embedding then picks the fact within it.

export const repIntentKinds = [
  "intro",
  "reason",
  "discovery",
  "impact",
  "current_solution",
  "objection_handling",
  "next_step",
  "small_talk",
  "off_topic",
  "vague_claim",
  "pitch",
  "closed_question",
  "pressure",
  "statement",
] as const;
export type RepIntentKind = (typeof repIntentKinds)[number];

export type RepIntent = { kind: RepIntentKind; topic: FactTopic | null };

const topicPatterns: [FactTopic, RegExp][] = [
  ["impact", /\b(cost(s|ing)?|impact|affect(s|ing)?|how much|hours|money|los(e|ing|t)|revenue|mean for|what happens (when|if)|consequences?|worth|price tag on|put a number)\b/i],
  ["budget", /\b(budget|spend(ing)? on|pricing|invest(ment)?|afford|allocated|funds?|paying for)\b/i],
  ["decision", /\b(decide|decision|decision[- ]makers?|sign(s)? off|approv\w*|who else|involved|stakeholders?|buying process|evaluate|evaluation|final say)\b/i],
  ["timeline", /\b(timeline|by when|deadline|how soon|urgen\w*|timing|when (do|would|will|are|could) you|go live|roll ?out)\b/i],
  ["tools", /\b(tools?|software|systems?|platforms?|crm|tms|ehr|erp|stack|vendors?|spreadsheets?|apps?|using today|use today|use for|use right now)\b/i],
  ["process", /\b(process|workflow|how do (you|your|they)|how does (it|that|your)|walk me through|talk me through|day[- ]to[- ]day|step by step|handle|track|schedul\w*)\b/i],
  ["team", /\b(team|staff|hiring|hire|reps|headcount|how many (people|reps|agents|staff|employees)|people do you|reports? to you|your people|org(anisation|anization)?)\b/i],
  ["pain", /\b(challeng\w*|problems?|pains?|frustrat\w*|hardest|struggl\w*|biggest|keeps? you up|not working|broken|worst|headaches?|issues?|bottlenecks?|slow(s|ing)? (you|things|the team) down|what would you (change|fix))\b/i],
  ["company", /\b(company|business|growing|growth|customers|clinics?|stores?|plant|district|hotel|brokerage|co-?op|goals?|priorit\w*|this year)\b/i],
];

const reasonPattern =
  /\b(the reason (i'?m|for my|i)|why i'?m calling|calling (because|about|to)|reaching out|i noticed|i saw|saw that|noticed that|we help|i help|we work with)\b/i;
const introPattern = /\b(my name(?:'s| is)|this is [A-Z]\w*|i'?m [A-Z]\w* (from|with|at)|[A-Z]\w* (here )?from|calling from)\b/;
const smallTalkPattern =
  /\b(how are you|how'?s (your|the) (day|week|morning|weekend)|how have you been|hope you'?re (well|doing well)|weather|good weekend|happy (monday|friday))\b/i;
const offTopicPattern =
  /\b(football|soccer|baseball|basketball|politic\w*|election|movies?|netflix|recipe|dating|your (kids|family|hobbies|favourite|favorite)|vacation|holiday plans|crypto|horoscope|video games?)\b/i;
const vaguePattern =
  /\b(save (you )?(time|money)|increase (your )?(revenue|sales|efficiency|productivity)|boost|game[- ]?changer|best[- ]in[- ]class|world[- ]class|industry[- ]leading|help you grow|transform\w*|streamline|optimi[sz]e|more efficient|revolutionary|cutting[- ]edge|next[- ]level|seamless\w*|10x|supercharge)\b/i;

export function topicOf(text: string): FactTopic | null {
  return topicPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

type ClassifyInput = { text: string; intents: RepIntents; turn: number; objectionPending: boolean };

/** The one thing the buyer should respond to in this line, most pressing first. */
export function classifyRepIntent({ text, intents, turn, objectionPending }: ClassifyInput): RepIntent {
  const questionTopic = topicOf(intents.questionText || text);
  if (intents.rude || intents.pushy) return { kind: "pressure", topic: null };
  if (intents.nextStep) return { kind: "next_step", topic: null };
  if (objectionPending && (intents.empathy || intents.evidence || intents.openQuestion)) return { kind: "objection_handling", topic: questionTopic };
  if (offTopicPattern.test(text)) return { kind: "off_topic", topic: null };
  if (vaguePattern.test(text) && !hasEvidence(text) && !intents.openQuestion) return { kind: "vague_claim", topic: null };
  if (intents.pitch && !intents.openQuestion) return { kind: "pitch", topic: null };
  if (smallTalkPattern.test(text) && !topicOf(intents.questionText)) return { kind: "small_talk", topic: null };
  if (intents.openQuestion) {
    if (questionTopic === "impact") return { kind: "impact", topic: "impact" };
    if ((questionTopic === "tools" || questionTopic === "process") && /\b(today|currently|right now|now|at the moment|use)\b/i.test(intents.questionText)) {
      return { kind: "current_solution", topic: questionTopic };
    }
    return { kind: "discovery", topic: questionTopic };
  }
  if (turn <= 2 && reasonPattern.test(text)) return { kind: "reason", topic: topicOf(text) };
  if (turn <= 2 && (intents.greeting || intents.introduction || introPattern.test(text))) return { kind: "intro", topic: null };
  if (intents.closedQuestion) return { kind: "closed_question", topic: questionTopic };
  return { kind: "statement", topic: null };
}
