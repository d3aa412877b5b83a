import "server-only";

// The phrase rules shared by the rubric scorer and the offline persona: what counts as an open
// question, an objection, an acknowledgement, a next-step ask, a filler word. Kept in one place so
// the persona reacts to exactly what the scorer rewards.

export const objectionKinds = ["price", "timing", "competitor", "authority", "need", "trust"] as const;
export type ObjectionKind = (typeof objectionKinds)[number];

/** "a price objection", "an authority objection". */
export function anObjection(kind: ObjectionKind): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} objection`;
}

const objectionPatterns: Record<ObjectionKind, RegExp> = {
  price: /\b(too expensive|expensive|pric(e|es|ing)|(?<!over )budget|afford|total cost|cheaper|money is tight|roi\b|put money behind|cutting costs|save us money)\b/i,
  timing: /\b(not (right )?now|bad time|terrible time|timing|next (quarter|year)|two minutes|call me back|maybe later|no time|don'?t have time|time out of|peak season|holiday season|nothing changes before|between loads|in the car|driving to|send me something)\b/i,
  competitor: /\b(already (use|have|pay|pays|work with|juggling|consolidating)|(we )?built something|build (this|it) ourselves|competitor|same supplier|(our|current) (vendor|provider|system|tms|crm|ehr)|we have a system|offers? a .{0,30}already|building something similar|different from what we do)\b/i,
  authority: /\b(need to (ask|check|run it)|not my (call|decision)|not the only one who decides|sign off|(take|bring) (this|it) to (the|my|our) (board|boss|leadership)|leadership team|check with my boss|board (vote|approval)|committee|corporate (decides|picks)|procurement (has|needs|team|process|review)|rfp|bid process|management group)\b/i,
  need: /\b(don'?t need|do not need|not a priority|not interested|no need|don'?t see why|we'?re fine|works fine|didn'?t stick|won'?t (use|adopt)|learn another)\b/i,
  trust: /\b(risk|risky|prove|proof|guarantee|shelfware|promise|promises|never heard of|burned|too good to be true|security|compliant|compliance|hipaa|ferpa|complicated|how did you get|(does|how does) (this|it) integrate|single sign-on|sso|implementation|why would you be different|vendors? (says?|claims?))\b/i,
};

const acknowledgementPattern =
  /\b(i understand|understandable|makes sense|fair (point|enough|concern)|that'?s fair|i hear you|hear that a lot|totally get|i get (it|that|why)|appreciate|good question|great question|valid (point|concern)|you'?re right|sounds like|that'?s a real concern|no wonder|i can see why|i'?m sorry)\b/i;
const evidencePattern =
  /(\d+\s?%|\$\s?\d|\b\d+ (weeks?|days?|hours?|months?|customers?|clients?|teams?)\b|\b(case study|for example|for instance|customers? like|reference|references|one of our (customers|clients)|similar (company|team)|soc ?2|certified|integrates? (with|natively)|pilot)\b)/i;
const nextStepPattern =
  /\b(next steps?|schedule|book (a|some|time)|set up (a|some|time)|calendar|demo|meeting|call next week|follow[- ]up|send (it |you |that |this )?over|invite|monday|tuesday|wednesday|thursday|friday|next week|pilot|trial|catch up again|reconvene|get (time|something) on)\b/i;
const askPattern = /\?|\b(let'?s|shall we|how about|i'?ll send|i will send|would you be open)\b/i;
const openLeadPattern =
  /^(what|how|why|who|which|where|tell me|walk me|talk me|describe|help me understand|explain|share)\b/i;
const openAnywherePattern = /\b(tell me (more )?about|walk me through|talk me through|help me understand)\b/i;
const leadingFillerPattern = /^((so|and|okay|ok|great|right|well|now|then|but|also|and so|just curious)[,\s]+)+/i;
const fillerPattern =
  /\b(um+|uh+|erm|er|you know|basically|actually|sort of|kind of|i mean)\b|(?<!\b(would|you'?d|i'?d|we'?d|they'?d|looks?|sounds?|feels?|seems?|something|anything|things|i|you|we|they|don'?t|do|did|really)\s)\blike\b/gi;
const pushyPattern =
  /\b(sign (today|now|the contract)|just sign|limited time|only today|you'?d be crazy|don'?t you want|trust me|you need to buy|you have to|right now or|final offer|last chance|stop stalling)\b/i;
const rudePattern = /\b(stupid|idiot|dumb|shut up|whatever|listen to me|you don'?t get it|waste of (my|your) time|ridiculous|clueless)\b/i;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;
}

/** Sentences with their terminal punctuation, so each one is a verbatim substring of the line. */
export function splitSentences(text: string): string[] {
  return text.match(/[^.?!]+[.?!]*/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
}

export type QuestionKind = "open" | "closed";

export function classifyQuestion(sentence: string): QuestionKind | null {
  const stripped = sentence.trim().replace(leadingFillerPattern, "");
  if (openLeadPattern.test(stripped) || openAnywherePattern.test(stripped)) {
    return stripped.endsWith("?") || !/^(what|how|why|who|which|where)\b/i.test(stripped) ? "open" : null;
  }
  return stripped.endsWith("?") ? "closed" : null;
}

export function classifyQuestions(text: string): { sentence: string; kind: QuestionKind }[] {
  return splitSentences(text).flatMap((sentence) => {
    const kind = classifyQuestion(sentence);
    return kind ? [{ sentence, kind }] : [];
  });
}

export function detectObjection(text: string): ObjectionKind | null {
  return objectionKinds.find((kind) => objectionPatterns[kind].test(text)) ?? null;
}

export const isAcknowledgement = (text: string): boolean => acknowledgementPattern.test(text);
export const hasEvidence = (text: string): boolean => evidencePattern.test(text);
export const isNextStepAsk = (text: string): boolean => nextStepPattern.test(text) && askPattern.test(text);
export const isPushy = (text: string): boolean => pushyPattern.test(text);
export const isRude = (text: string): boolean => rudePattern.test(text);
export const countFillers = (text: string): number => text.match(fillerPattern)?.length ?? 0;

/** The sentence of a line that matches a rule, for quoting; the whole line when none does. */
export function findSentence({ text, test }: { text: string; test: (sentence: string) => boolean }): string {
  return splitSentences(text).find(test) ?? text.trim();
}
