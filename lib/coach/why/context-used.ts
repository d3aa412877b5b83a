import { playbook } from "../playbook";
import type { CoachContext } from "../chat/context";

/** What an answer was built from, stored with it for "Why did you say that?". Names and dates only:
 * the texts themselves stay where they live. */
export type ContextUsed = {
  profile: boolean;
  goals: string[];
  dailySummaryDays: string[];
  actionItems: string[];
  upcomingSessions: string[];
  recentConversations: number;
  weeklySummaries: number;
  memories: { createdAt: string; snippet: string }[];
  practice: boolean;
  wellbeing: boolean;
  /** The offline coach's playbook entries behind its advice (titles). */
  playbook: string[];
};

export function summariseContextUsed({ context, playbookIds = [] }: { context: CoachContext; playbookIds?: string[] }): ContextUsed {
  return {
    profile: context.profile !== null,
    goals: context.goals.map((g) => g.title),
    dailySummaryDays: context.dailySummaries.map((d) => d.day),
    actionItems: context.actionItems.map((a) => a.text),
    upcomingSessions: context.upcomingSessions.map((s) => s.goal),
    recentConversations: context.recent.conversations.length,
    weeklySummaries: context.recent.weeklySummaries.length,
    memories: context.memory.memories.map((m) => ({ createdAt: m.createdAt, snippet: m.snippet })),
    practice: Boolean(context.practice),
    wellbeing: Boolean(context.wellbeing),
    playbook: playbookIds.flatMap((id) => playbook.find((entry) => entry.id === id)?.title ?? []),
  };
}
