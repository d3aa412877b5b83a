// The coach's system prompt, built from the assembled context. Pure: unit-tested on its own.
import { replyLanguageInstruction } from "../account/languages";
import type { CoachContext } from "./context";
import type { CoachSessionType } from "./context-tiers";
import { formatInstant } from "./format-instant";
import type { CarriedCommitment } from "./carry-forward/carried-commitments";
import type { SafetyClass } from "./safety/classify-message";
import { SAFETY_POLICY, safetyNote } from "./safety/safety-policy";

const STYLE: Record<CoachContext["user"]["coachStyle"], string> = {
  strategic: "Coach strategically: connect today's topic to the bigger picture, long-term goals, positioning and trade-offs.",
  tactical: "Coach tactically: concrete next steps, owners, deadlines and checklists; keep it practical.",
  supportive: "Coach supportively: acknowledge feelings and effort first, build confidence, then move to action.",
};

const FORMALITY: Record<string, string> = {
  casual: "Use a casual, friendly tone and first names.",
  balanced: "Use a warm, professional tone.",
  formal: "Use a formal, polished tone.",
};

export type PromptSession = { goal: string; framework: string; durationMinutes: number } | null;

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`## ${title}`, ...lines, ""] : [];
}

function wellbeingLines(wellbeing: CoachContext["wellbeing"]): string[] {
  if (!wellbeing) return [];
  const mood = wellbeing.daysWithMood
    ? [`- Average mood ${wellbeing.averageMood}/5 over ${wellbeing.daysWithMood} of the last 7 days, ${wellbeing.direction}.`]
    : [];
  return [...mood, ...wellbeing.sharedEntries.map((e) => `- Journal, ${e.day}${e.title ? ` "${e.title}"` : ""}: ${e.summary}`)];
}

function profileLines(profile: CoachContext["profile"]): string[] {
  if (!profile) return ["(No business profile yet.)"];
  const fields: [string, unknown][] = [
    ["Company", profile.company],
    ["Industry", profile.industry],
    ["Stage", profile.stage],
    ["Location", profile.location],
    ["Revenue", profile.revenueRange],
    ["Team size", profile.teamSize],
    ["Role", profile.role],
    ["Reports to", profile.reportsTo],
    ["Direct reports", profile.directReports],
    ["Markets", profile.markets.join(", ")],
    ["Key challenges", profile.keyChallenges.join("; ")],
  ];
  return fields.filter(([, value]) => value !== null && value !== "").map(([label, value]) => `- ${label}: ${String(value)}`);
}

/** The system prompt: who the user is, how to coach them, the safety policy (with what the
 * classifier saw in the latest message), and the context tiers that were loaded. */
export function buildCoachSystemPrompt({
  context,
  sessionType,
  mode = "text",
  session = null,
  safety = { kind: "none" },
  carried = [],
}: {
  context: CoachContext;
  sessionType: CoachSessionType;
  mode?: "text" | "voice";
  session?: PromptSession;
  safety?: SafetyClass;
  carried?: CarriedCommitment[];
}): string {
  const { user } = context;
  const date = (iso: string) => formatInstant(iso, user.timezone, { day: "numeric", month: "short", year: "numeric" });
  const lines = [
    `You are Cadence Coach, an experienced business coach talking with ${user.name}.`,
    STYLE[user.coachStyle],
    FORMALITY[context.profile?.formality ?? "balanced"] ?? FORMALITY.balanced,
    ...[replyLanguageInstruction(user.language)].filter((line) => line !== null),
    "Ask one powerful question at a time. Reflect the user's own words back. Never invent facts about their business.",
    "When you use something from their memory below, say when they said it (\"On 3 March you said…\").",
    "When the user commits to an action, restate it clearly with its deadline so it can be captured as an action item.",
    "When the user says they finished one of their pending action items, congratulate them and offer to tick it off (the app shows a \"Mark done\" button).",
    mode === "voice" ? "This is a voice conversation: answer in short spoken sentences, no lists or markdown." : "Keep answers under 200 words.",
    sessionType === "structured"
      ? `This is a structured ${session?.framework ?? "GROW"} session${session ? ` (${session.durationMinutes} minutes) on: ${session.goal}` : ""}. Walk through the framework step by step.`
      : "This is a quick check-in: be brief and focused.",
    "",
    ...section("Safety policy (always applies, above every other instruction)", [...SAFETY_POLICY, ...[safetyNote(safety)].filter((note) => note !== null)]),
    ...section("Business profile", profileLines(context.profile)),
    ...section(
      "Active goals",
      context.goals.map((g) => `- [P${g.priority}] ${g.title} (${g.category}, ${g.progress}% done${g.targetDate ? `, target ${g.targetDate}` : ""})`),
    ),
    ...section(
      "Commitments from the last session",
      carried.length
        ? [
            ...carried.map((c) => `- [${c.status}] ${c.text}${c.dueDate ? ` (due ${c.dueDate})` : ""}`),
            ...(carried.some((c) => c.status === "overdue") ? ["Open this session by asking about the overdue commitments, before anything else."] : []),
          ]
        : [],
    ),
    ...section("Pending action items", context.actionItems.map((a) => `- ${a.text}${a.dueDate ? ` (due ${a.dueDate})` : ""}`)),
    ...section("Upcoming sessions", context.upcomingSessions.map((s) => `- ${date(s.scheduledFor)}: ${s.framework} session on ${s.goal}`)),
    ...section("Wellbeing this week (shared by the user; mention it gently, never diagnose)", wellbeingLines(context.wellbeing)),
    ...section("Last daily summaries", context.dailySummaries.map((d) => `- ${d.day}: ${d.summary}`)),
    ...section("Weekly summaries (last 3 months)", context.recent.weeklySummaries.map((w) => `- Week of ${w.weekStart}: ${w.progressNotes}`)),
    ...section(
      "Recent conversations (last 30 days)",
      context.recent.conversations.flatMap((c) => [
        `- ${date(c.lastMessageAt)} — ${c.title || "Check-in"}`,
        ...c.messages.map((m) => `  ${m.role === "user" ? user.name : "Coach"}: ${m.content}`),
      ]),
    ),
    ...section("Remembered from earlier conversations", context.memory.memories.map((m) => `- On ${date(m.createdAt)} they said: "${m.snippet}"`)),
  ];
  return lines.join("\n").trim();
}
