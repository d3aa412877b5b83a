// What a coach message asks for, as far as safety goes: a crisis (self-harm signals), advice only a
// professional should give (legal, medical, financial or investment), help to deceive or harass
// someone, or none of these. Patterns are phrases, not single words, so ordinary business talk
// ("our pricing is killing us", "diagnose the churn", "invest more in marketing", "a competitor
// posts fake reviews") stays "none". Pure: shared by the offline coach and the LLM prompt.
import { hasCrisisSignal } from "../../care/crisis-signals";

export type ProfessionalField = "legal" | "medical" | "financial";
export type MisuseKind = "deceive" | "harass";

export type SafetyClass =
  | { kind: "crisis" }
  | { kind: "deceive-or-harass"; misuse: MisuseKind }
  | { kind: "professional-advice"; field: ProfessionalField }
  | { kind: "none" };

const PROFESSIONAL: Record<ProfessionalField, readonly RegExp[]> = {
  legal: [
    /\bis (it|this|that) (legal|illegal|lawful|against the law)\b/i,
    /\blegal(ly)? (advice|liable|allowed|required|obliged)\b/i,
    /\b(can|could|should) (i|we|they) (sue|be sued)\b/i,
    /\bsue (them|him|her|my|our|the)\b/i,
    /\b(lawsuit|litigation|breach of contract|unfair dismissal|wrongful (termination|dismissal))\b/i,
    /\bam i (legally )?liable\b/i,
    /\b(is|are) (my|our|the|this|that) [\w\s-]{0,30}enforceable\b/i,
  ],
  medical: [
    /\b(medication|antidepressants?|dosage|prescription|painkillers|sleeping pills)\b/i,
    /\b(diagnose me|diagnosed with|am i depressed|do i have (adhd|depression|an anxiety disorder|burnout))\b/i,
    /\b(should|do) i (see|go to|call) (a|my) (doctor|gp|psychiatrist)\b/i,
    /\b(chest pains?|panic attacks?)\b/i,
  ],
  financial: [
    /\binvest(ing)? (my|our) (savings|pension|money|inheritance|bonus|retirement)\b/i,
    /\b(which|what) (stocks?|shares|funds?|etfs?|crypto(currency|currencies)?|coins?) (should|to|do you)\b/i,
    /\b(buy|sell|buying|selling) (stocks|shares in|bitcoin|crypto|ethereum)\b/i,
    /\b(tax advice|tax return|how much tax|avoid (paying )?tax(es)?|financial advice|investment advice)\b/i,
    /\bis (it|this|that|\w+) a good investment\b/i,
    /\b(my|our) (pension|mortgage|retirement savings)\b/i,
  ],
};

// A request, not a report: "help me write fake reviews" asks us to do it; "they post fake reviews"
// tells us about someone else.
const ASK = String.raw`(?:^|[.!?]\s*|\b(?:can you|could you|would you|will you|please|help me|i want to|i need to|i'd like to|we want to|we need to|want you to|how (?:do|can|could|should) (?:i|we)|how to|let's|should (?:i|we)))\s*`;
const MISUSE: Record<MisuseKind, readonly RegExp[]> = {
  deceive: [
    new RegExp(`${ASK}(?:write|post|create|generate|draft|make|buy|produce|leave)\\b(?: (?!(?:the|these|those|their|them|about|of)\\b)[\\w']+){0,3} (?:fake|false|made[- ]up|fabricated|bogus|invented)(?: \\w+)? (?:reviews?|testimonials?|ratings?|references?|quotes?|invoices?|receipts?|numbers|metrics|figures)\\b`, "i"),
    new RegExp(`${ASK}(?:pretend to be|pose as|pass (?:myself|ourselves) off as) (?:a|an|our|my|their|his|her) (?:customer|client|user|buyer|journalist|competitor|reviewer|lawyer|officer|employee)s?\\b`, "i"),
    new RegExp(`${ASK}(?:impersonate|mislead|deceive|lie to|hide (?:it|this|that|the \\w+) from)\\b`, "i"),
    new RegExp(`${ASK}(?:trick|fool|con) (?:them|him|her|people|customers|investors|the bank|my \\w+|our \\w+) into\\b`, "i"),
    new RegExp(`${ASK}(?:cook the books|fake (?:our|the|my) (?:numbers|revenue|metrics|traction))\\b`, "i"),
    /\b(astroturf(ing)?|sock ?puppet accounts?)\b/i,
  ],
  harass: [
    new RegExp(`${ASK}(?:harass|intimidate|bully|stalk|dox|humiliate|get back at|ruin (?:his|her|their) (?:life|reputation|career))\\b`, "i"),
    new RegExp(`${ASK}(?:write|send|draft)\\b(?: \\w+){0,3} (?:threatening|abusive|harassing|nasty anonymous) (?:messages?|emails?|texts?|letters?|reviews?)\\b`, "i"),
  ],
};

function firstMatch<K extends string>(table: Record<K, readonly RegExp[]>, text: string): K | null {
  for (const key of Object.keys(table) as K[]) if (table[key].some((pattern) => pattern.test(text))) return key;
  return null;
}

/** The safety class of one message; a crisis outranks everything, then misuse, then advice. */
export function classifyMessage(text: string): SafetyClass {
  const plain = text.replace(/[’‘]/g, "'");
  if (hasCrisisSignal(plain)) return { kind: "crisis" };
  const misuse = firstMatch(MISUSE, plain);
  if (misuse) return { kind: "deceive-or-harass", misuse };
  const field = firstMatch(PROFESSIONAL, plain);
  if (field) return { kind: "professional-advice", field };
  return { kind: "none" };
}
