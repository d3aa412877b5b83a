// Choices and wording the planning screens share.

export const stages = ["Idea", "Pre-seed", "Seed", "Series A", "Series B+", "Profitable / bootstrapped", "Established business"];

export const revenueRanges = ["Pre-revenue", "Under $100k", "$100k–$1M", "$1M–$10M", "$10M–$50M", "Over $50M"];

export const goalCategories = ["general", "sales", "growth", "product", "team", "fundraising", "operations", "personal"];

export const formalities = ["casual", "balanced", "formal"] as const;

export type Formality = (typeof formalities)[number];

/** ElevenLabs premade voices; without ElevenLabs the browser's own voice speaks instead. */
export const voices = [
  { id: "", name: "Default (browser voice when ElevenLabs is off)" },
  { id: "21m00Tcm4TlvDq8ikWAM", name: "Rachel — calm, warm" },
  { id: "EXAVITQu4vr4xnAGqlGY", name: "Sarah — soft, confident" },
  { id: "TxGEqnHWrfWFTfGW9XTi", name: "Josh — deep, steady" },
  { id: "ErXwobaYiN019PkySvjV", name: "Antoni — friendly, clear" },
];

/** Session frameworks; their names and descriptions are CoachPlanning.frameworks.<value>[Description]. */
export const frameworks = ["GROW", "OKR", "SWOT", "retrospective", "open"] as const;

export type Framework = (typeof frameworks)[number];

export function categoryLabel(category: string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}


/** A session's start in the user's coaching timezone, e.g. "Tue 24 Nov, 09:30 (Europe/London)". */
export function formatSessionTime(iso: string, timezone: string): string {
  const text = new Date(iso).toLocaleString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: timezone,
  });
  return `${text} (${timezone.replaceAll("_", " ")})`;
}
