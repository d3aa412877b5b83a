// Choices and wording the planning screens share. What is stored stays the English value (the coach's
// prompts read it); what a user sees is the message of its key, in their language.

import type { useFormatter } from "next-intl";

/** Stored stage → CoachPlanning.business.stages.<key>. */
export const stages = [
  { value: "Idea", key: "idea" },
  { value: "Pre-seed", key: "preSeed" },
  { value: "Seed", key: "seed" },
  { value: "Series A", key: "seriesA" },
  { value: "Series B+", key: "seriesB" },
  { value: "Profitable / bootstrapped", key: "profitable" },
  { value: "Established business", key: "established" },
] as const;

/** Stored revenue range → CoachPlanning.business.revenueRanges.<key>. */
export const revenueRanges = [
  { value: "Pre-revenue", key: "preRevenue" },
  { value: "Under $100k", key: "under100k" },
  { value: "$100k–$1M", key: "100kTo1m" },
  { value: "$1M–$10M", key: "1mTo10m" },
  { value: "$10M–$50M", key: "10mTo50m" },
  { value: "Over $50M", key: "over50m" },
] as const;

/** Their names are CoachPlanning.goals.categories.<category>. */
export const goalCategories = ["general", "sales", "growth", "product", "team", "fundraising", "operations", "personal"] as const;

export type GoalCategory = (typeof goalCategories)[number];

export function isGoalCategory(category: string): category is GoalCategory {
  return (goalCategories as readonly string[]).includes(category);
}

export const formalities = ["casual", "balanced", "formal"] as const;

export type Formality = (typeof formalities)[number];

/** ElevenLabs premade voices, named by CoachPlanning.preferences.voices.<key>; without ElevenLabs the
 * browser's own voice speaks instead. */
export const voices = [
  { id: "", key: "default" },
  { id: "21m00Tcm4TlvDq8ikWAM", key: "rachel" },
  { id: "EXAVITQu4vr4xnAGqlGY", key: "sarah" },
  { id: "TxGEqnHWrfWFTfGW9XTi", key: "josh" },
  { id: "ErXwobaYiN019PkySvjV", key: "antoni" },
] as const;

/** Session frameworks; their names and descriptions are CoachPlanning.frameworks.<value>[Description]. */
export const frameworks = ["GROW", "OKR", "SWOT", "retrospective", "open"] as const;

export type Framework = (typeof frameworks)[number];

type Formatter = ReturnType<typeof useFormatter>;

/** A session's start in the user's coaching timezone and interface locale, e.g. "Tue, 24 Nov, 09:30
 * (Europe/London)". */
export function formatSessionTime(format: Formatter, iso: string, timezone: string): string {
  const text = format.dateTime(new Date(iso), { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: timezone });
  return `${text} (${timezone.replaceAll("_", " ")})`;
}
