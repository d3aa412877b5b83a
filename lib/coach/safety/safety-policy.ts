// The coach's safety policy as system-prompt lines, plus a note on the message at hand when the
// classifier flagged it. Every LLM answer is written under these lines; the offline coach follows
// the same rules in safety-reply.ts.
import { crisisSignpost, NOT_A_SUBSTITUTE } from "../../care/crisis-resources";
import type { ProfessionalField, SafetyClass } from "./classify-message";

export const PROFESSIONALS: Record<ProfessionalField, string> = {
  legal: "a qualified lawyer (a solicitor in the UK and Ireland)",
  medical: "a doctor or another qualified health professional",
  financial: "a regulated financial adviser or an accountant",
};

export const SAFETY_POLICY: readonly string[] = [
  "You are a business coach, not a lawyer, doctor, accountant or financial adviser. Never present legal, medical, tax, financial or investment advice as fact: offer general points to consider at most, say they are general, and recommend the right professional (a lawyer, a doctor, an accountant or a regulated financial adviser).",
  `If the user mentions suicide, self-harm or wanting to die, stop coaching and give no business advice: answer with warmth, encourage them to reach someone now, and share this: ${crisisSignpost()} Say plainly: "${NOT_A_SUBSTITUTE}"`,
  "Refuse to help deceive or harass anyone: no fake reviews or testimonials, no impersonation, no misleading investors, customers or authorities, no threatening or intimidating messages. Say briefly why, without lecturing, and offer an honest way to reach the same goal.",
];

/** What the classifier saw in the latest message, for the model to act on; null when nothing. */
export function safetyNote(safety: SafetyClass): string | null {
  switch (safety.kind) {
    case "crisis":
      return "The user's latest message shows possible self-harm signals. Follow the crisis rule above for this answer.";
    case "deceive-or-harass":
      return `The user's latest message appears to ask for help to ${safety.misuse}. Follow the refusal rule above unless the message clearly means something else.`;
    case "professional-advice":
      return `The user's latest message touches on ${safety.field} matters. Coach them, and signpost ${PROFESSIONALS[safety.field]} for the ${safety.field} question itself.`;
    case "none":
      return null;
  }
}
