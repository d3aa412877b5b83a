// Which context tiers a message needs. Pure, so the decisions are unit-tested on their own.

export type CoachSessionType = "check_in" | "structured";

export type TierDecision = { used: boolean; reason: string };

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

// Each pattern names the kind of reference it found, so the context can say why it looked back.
const RECENT_PATTERNS: [RegExp, string][] = [
  [/\b(?:last|past|previous|this)\s+(?:week|month|time|session|call|meeting|quarter|few days|couple of (?:days|weeks))\b/i, "refers to a recent period"],
  [/\b(?:recently|lately|earlier|the other day|a while ago|\d+\s+(?:days?|weeks?|months?)\s+ago|yesterday)\b/i, "asks about recent events"],
  [/\bwhat (?:did|have) (?:i|we)\s+(?:say|said|tell|told|mention|mentioned|decide|decided|discuss|discussed|talk|talked)\b/i, "asks what was said before"],
  [/\b(?:remind me|remember when|do you remember|we (?:talked|spoke|discussed)|you (?:said|told me|suggested)|follow(?:ing)? up|last check-?in)\b/i, "asks to recall something"],
  [new RegExp(`\\b(?:on\\s+)?(?:${DAYS})\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, "i"), "mentions a date"],
  [/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b/, "mentions a date"],
  [/\b(?:how (?:have|has) (?:i|it|things) (?:been|gone|progressed)|my progress|since we last)\b/i, "asks about progress"],
];

/** Tier 2 (last 30 days of conversations, 3 months of weekly summaries) is loaded for structured
 * sessions and when the message looks back in time. */
export function decideRecentTier({ message, sessionType }: { message?: string; sessionType: CoachSessionType }): TierDecision {
  if (sessionType === "structured") return { used: true, reason: "structured session" };
  const text = message?.trim() ?? "";
  if (!text) return { used: false, reason: "no message to judge" };
  for (const [pattern, reason] of RECENT_PATTERNS) {
    if (pattern.test(text)) return { used: true, reason: `the message ${reason}` };
  }
  return { used: false, reason: "the message does not look back in time" };
}

/** Shortens text to `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // The cut already ends a word when the next character is a space.
  if (flat[max - 1] === " ") return `${cut}…`;
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
