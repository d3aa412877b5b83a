// A playbook entry: one piece of coaching advice with when it applies and what to actually do.
// No "server-only": pure data, benchmarked and unit-tested outside Next.

export const playbookTopics = [
  "hiring",
  "fundraising",
  "pricing",
  "sales-pipeline",
  "churn",
  "prioritisation",
  "delegation",
  "co-founder",
  "stress-sleep",
  "product-market-fit",
  "proposals-roi",
  "cash-flow",
  "leadership",
  "marketing",
  "negotiation",
] as const;
export type PlaybookTopic = (typeof playbookTopics)[number];

export type PlaybookEntry = {
  id: string;
  topic: PlaybookTopic;
  title: string;
  /** Words and short phrases that signal this entry; matched on word boundaries. */
  keywords: string[];
  /** When this advice applies, in the coach's words ("when a deal has stalled after the demo"). */
  whenItApplies: string;
  /** Concrete practices, each one sentence the user could act on this week. */
  practices: string[];
  /** A practice that replaces the first one for a company at this stage. */
  byStage?: Partial<Record<"early" | "growth", string>>;
  /** A one-line direct answer, for when the user asks a direct question on this. */
  answer: string;
  /** The GROW question that moves this topic to options or will. */
  question: string;
};
