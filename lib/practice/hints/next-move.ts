import "server-only";
import { analyseCall } from "../rubric/call-metrics";
import { anObjection, type ObjectionKind } from "../rubric/lexicon";
import { findUncoveredPains } from "../rubric/deep-evidence";
import type { TranscriptLine } from "../types";

// "What should I do next?": the built-in coach reads the call so far and names the most useful next
// move — an objection to acknowledge, pains still to find, a next step to ask for — without ever
// giving the buyer's hidden pains away.

export const hintKinds = ["objection", "missed-objection", "discovery", "follow-up", "next-step", "recap", "opening"] as const;
export type HintKind = (typeof hintKinds)[number];
export type Hint = { kind: HintKind; text: string };

const acknowledge: Record<ObjectionKind, string> = {
  price: "Acknowledge the price concern before you answer it (“That's fair — budgets are tight”), then ask what they compare the cost against.",
  timing: "Acknowledge the timing (“I hear you, this quarter is busy”), then ask what would have to be true for it to be worth a look now.",
  competitor: "Don't knock what they use. Ask what they like about it and what they would change.",
  authority: "Ask who else would weigh in and what they would need to see.",
  need: "Don't argue. Ask how they handle it today and what it costs them when it goes wrong.",
  trust: "Offer proof, not promises: a customer like them, a number, or a short pilot.",
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function suggestNextMove({ transcript, hiddenPains }: { transcript: TranscriptLine[]; hiddenPains: string[] }): Hint {
  const analysis = analyseCall({ transcript });
  const repTurns = analysis.metrics.repTurns;
  if (repTurns === 0) return { kind: "opening", text: "Open with who you are and why you're calling, then ask one open question about how they work today." };

  const pending = analysis.objections.find((o) => o.responseIndex === null);
  if (pending) return { kind: "objection", text: `The buyer just raised ${anObjection(pending.kind)}. ${acknowledge[pending.kind]}` };

  const passedOver = analysis.objections.find((o) => !o.acknowledged);
  if (passedOver) return { kind: "missed-objection", text: `You talked past the buyer's ${passedOver.kind} concern earlier. Go back to it: ${acknowledge[passedOver.kind]}` };

  const missing = hiddenPains.length - findUncoveredPains({ transcript, hiddenPains }).length;
  if (missing > 0 && analysis.metrics.openQuestions < 3) {
    return { kind: "discovery", text: `There ${missing === 1 ? "is" : "are"} still ${plural(missing, "pain")} to find. Ask an open question — what, how, or tell me about — on how they handle this today.` };
  }
  if (missing > 0) {
    return { kind: "follow-up", text: `${plural(missing, "pain")} still hidden. Follow up on the buyer's last answer: ask what happens when it goes wrong, and what that costs them.` };
  }
  if (!analysis.metrics.nextStepAsked) {
    return repTurns >= 4
      ? { kind: "next-step", text: "You've found what there is to find. Recap it in one sentence, then ask for a specific next step with a day and time." }
      : { kind: "recap", text: "Check you heard it right: recap the buyer's situation in their words before you pitch anything." };
  }
  return analysis.nextStepAgreed
    ? { kind: "recap", text: "They agreed to a next step. Confirm the day and time, say what you'll send, and close the call." }
    : { kind: "next-step", text: "Your ask didn't land yet. Make it smaller and more specific: twenty minutes, a day and a time." };
}
