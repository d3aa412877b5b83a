// The offline coach's answers when the classifier flags a message: a caring reply with the care
// table on a crisis (no coaching, no playbook), a short refusal with an honest alternative on a
// request to deceive or harass, and a signpost to a professional before coaching on the rest.
// No "server-only": pure, like the engine that uses it.
import { crisisSignpost, NOT_A_SUBSTITUTE } from "../../care/crisis-resources";
import type { MisuseKind, ProfessionalField } from "./classify-message";
import { PROFESSIONALS } from "./safety-policy";

export function crisisReply({ firstName }: { firstName: string }): string {
  return [
    `${firstName}, I'm really sorry you're feeling this way, and I'm glad you told me.`,
    "You deserve support right now from a person who can help — please reach out to someone today.",
    crisisSignpost(),
    NOT_A_SUBSTITUTE,
    "If you'd like to keep talking here too, I'm listening. Is there someone you trust you could contact right now?",
  ].join(" ");
}

const REVIEWS = /\b(reviews?|testimonials?|ratings?|references?|quotes?)\b/i;

function honestRoute(misuse: MisuseKind, message: string): string {
  if (misuse === "harass") {
    return "If someone has wronged you, what works is on the record: write down what happened, say it to them directly and professionally, and if it is serious, take it to a lawyer or the right authority.";
  }
  if (REVIEWS.test(message)) {
    return "What works instead: ask customers who just had a good result for an honest review, make it one click, and answer the critical ones in public.";
  }
  return "What works instead is the strongest true version of your story: real numbers, stated plainly, with the context that makes them make sense.";
}

/** A short refusal, why, and the honest way to the same goal. */
export function refusalReply({ misuse, message }: { misuse: MisuseKind; message: string }): string {
  const why =
    misuse === "harass"
      ? "I can't help with harassing or intimidating anyone: it hurts people, and it tends to come back on the person doing it."
      : "I can't help with that: it would deceive people, and faked reviews, identities or numbers break trust and often the law.";
  return [why, honestRoute(misuse, message), "What outcome are you really after here?"].join(" ");
}

/** Opens a coaching answer that touches legal, medical or financial ground. */
export function professionalSignpost(field: ProfessionalField): string {
  return `I can't give ${field} advice, and nothing I say here should be taken as that — for the ${field} question itself, please talk to ${PROFESSIONALS[field]}. What I can do is help you think it through and get ready for that conversation.`;
}
