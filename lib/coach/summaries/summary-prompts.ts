import { z } from "zod";
import { clip } from "../chat/context-tiers";
import type { WeeklySummaryContext } from "./summary-engines";

// What the "summary" and "weekly-summary" tasks answer, and the prompts that ask for it.

export const dailySummarySchema = z.object({
  summary: z.string().trim().min(1).max(1_500),
  keyTopics: z.array(z.string().trim().min(1).max(60)).max(8),
  sentiment: z.number().min(-1).max(1),
});

const line = z.string().trim().min(1).max(400);

export const weeklySummarySchema = z.object({
  progressNotes: z.string().trim().min(1).max(2_500),
  goalsProgress: z.array(z.object({ goalId: z.string(), note: z.string().trim().min(1).max(400) })).max(20),
  keyDecisions: z.array(line).max(8),
  challenges: z.array(line).max(8),
  wins: z.array(line).max(8),
});

/** The day's transcript is clipped so a marathon day still fits a small model's context. */
const TRANSCRIPT_CHARS = 12_000;

export type DayTranscriptLine = { role: "user" | "assistant"; content: string; time: string };

export function dailySummaryPrompt({ day, lines, actionItems }: { day: string; lines: DayTranscriptLine[]; actionItems: string[] }): string {
  const transcript: string[] = [];
  let budget = TRANSCRIPT_CHARS;
  for (const l of lines) {
    const text = `[${l.time}] ${l.role === "user" ? "User" : "Coach"}: ${clip(l.content, 1_500)}`;
    if (text.length > budget) break;
    transcript.push(text);
    budget -= text.length + 1;
  }
  const parts = [
    `Summarise the user's coaching conversations on ${day} for their own journal.`,
    "Write 2-4 sentences in the second person (\"You ...\") about what they worked on, decided and worried about; no advice.",
    "keyTopics: up to 5 short noun phrases the user talked about most. sentiment: the user's overall mood from -1 (very negative) to 1 (very positive).",
    'Answer as JSON: {"summary": string, "keyTopics": string[], "sentiment": number}.',
  ];
  if (actionItems.length) parts.push(`Action items they captured: ${actionItems.join("; ")}`);
  return [...parts, "", "Transcript:", ...transcript].join("\n");
}

export function weeklySummaryPrompt(context: WeeklySummaryContext): string {
  const days = context.dailies.map((d) => `${d.day} (mood ${d.sentiment.toFixed(2)}): ${d.summary}`).join("\n");
  const goals = context.goals.map((g) => `- ${g.id}: ${g.title} (${g.progress}% done)`).join("\n");
  return [
    `Roll up the user's coaching week starting Monday ${context.weekStart} from their daily summaries.`,
    "progressNotes: 3-5 sentences in the second person on how the week went.",
    "goalsProgress: one entry per goal listed below (use its id as goalId) with a one-sentence note on this week's progress.",
    "keyDecisions, challenges, wins: up to 5 short sentences each, taken from the week; empty lists when there are none.",
    'Answer as JSON: {"progressNotes": string, "goalsProgress": [{"goalId": string, "note": string}], "keyDecisions": string[], "challenges": string[], "wins": string[]}.',
    "",
    "Daily summaries:",
    days,
    "",
    "Active goals:",
    goals || "(none)",
    "",
    "Action items completed this week:",
    context.completedActionItems.join("\n") || "(none)",
  ].join("\n");
}
