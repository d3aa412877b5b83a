import "server-only";
import type { QuestionEvent } from "./call-metrics";
import { countWords } from "./lexicon";
import type { CallMode, TranscriptLine } from "../types";

// The opening is read across the rep's first few lines, not just the first one, and judged by what
// the mode asks for: a cold call must say who is calling and why; a discovery meeting was booked,
// so the rep sets an agenda and gets the buyer talking instead.

export type OpeningCheck = { points: number; met: boolean; yes: string; no: string };

const OPENING_LINES = 3;

const introPhrasePattern = /\b(my name(?:'s| is)|calling from|here from|i'?m (with|from|at) |i work (at|with|for) )/i;
// Names are capitalised, so these stay case-sensitive: "this is Sam", "I'm Sam", "Sam here".
const introNamePattern = /\b(?:[Tt]his is|I'?m|I am) [A-Z][\w'-]*|\b[A-Z][\w'-]* here\b/;
const notNames = /\b(?:I'?m|I am|[Tt]his is) (?:I|Sorry|Not|Just|Calling|Sure|Glad|Happy|Good|Great|Fine|Okay|OK)\b/;

function introducesSelf(text: string): boolean {
  return introPhrasePattern.test(text) || (introNamePattern.test(text) && !notNames.test(text.match(introNamePattern)?.[0] ?? ""));
}

const reasonPattern =
  /\b(the reason (i'?m|for my|for the|i|i am)|reason for (my|the|this) call|why i'?m calling|calling (because|about|to)|reaching out (because|about|to)|i'?m reaching out|i noticed|i saw|saw that|noticed that|read that|heard that|wanted to (talk|ask|see|share|reach|connect|learn)|we help|i help|we work with|agenda|the goal (today|for today))\b/i;
const permissionPattern =
  /\b(do you have (a|two|a few|a couple of) (minutes?|moments?|seconds)|got (a|two) minutes?|is (now|this) (a )?(bad|good|ok|okay) time|caught you|(30|thirty) seconds|quick minute|thanks for (making|taking|picking up)|does that work for you|can i (have|take) (a|two) minutes?)\b/i;
const agendaPattern =
  /\b(agenda|the goal (today|for today|of (this|the) call)|(plan|idea) (for|is) (today|this call)|i'?d (like|love) to (cover|understand|learn|hear|start)|what i'?d like to do|(i )?want(ed)? to (understand|learn|hear)|start by (asking|understanding|hearing|learning)|walk through|a few questions|(make|is) this useful for you)\b/i;
const thanksPattern =
  /\b(thanks|thank you) for (making|taking|setting|finding|your|the|this|joining|carving)|appreciate (you|your) (making|taking|time)|great to (meet|finally)|how much time (do|have) (we|you)|still (have|got) (thirty|30|the) minutes\b/i;

export function scopeOpening({ transcript }: { transcript: TranscriptLine[] }) {
  const repIndexes = transcript.flatMap((line, index) => (line.role === "rep" ? [index] : []));
  const opening = repIndexes.slice(0, OPENING_LINES);
  const text = opening.map((index) => transcript[index]!.content).join(" ");
  return { first: transcript[opening[0] ?? -1]?.content ?? "", text, lastOpeningIndex: opening.at(-1) ?? -1, secondIndex: repIndexes[1] ?? repIndexes[0] ?? -1 };
}

export function listOpeningChecks({ transcript, questions, mode }: { transcript: TranscriptLine[]; questions: QuestionEvent[]; mode: CallMode }): OpeningCheck[] {
  const { first, text, secondIndex } = scopeOpening({ transcript });
  const firstWords = countWords(first);
  const earlyQuestion = questions.some((question) => question.lineIndex <= secondIndex);
  const earlyOpenQuestion = questions.some((question) => question.kind === "open" && question.lineIndex <= secondIndex);
  const concise: OpeningCheck = {
    points: 20,
    met: firstWords <= 60,
    yes: `Your opening was a concise ${firstWords} words`,
    no: `Your opening ran ${firstWords} words before the buyer could reply`,
  };
  if (mode === "discovery") {
    return [
      { points: 35, met: earlyOpenQuestion, yes: "You got the buyer talking with an open question in your first two lines", no: "You didn't ask an open question about the buyer's situation in your first two lines" },
      { points: 30, met: agendaPattern.test(text) || reasonPattern.test(text), yes: "You set an agenda for the meeting early", no: "You didn't say what you wanted to cover in the meeting" },
      { points: 15, met: thanksPattern.test(text) || permissionPattern.test(text), yes: "You thanked the buyer for their time or checked how much they had", no: "You didn't thank the buyer for their time or check how long they had" },
      concise,
    ];
  }
  return [
    { points: 25, met: introducesSelf(text), yes: "You introduced yourself early", no: "You didn't say who you are in your first lines" },
    { points: 20, met: reasonPattern.test(text), yes: "You gave a reason for the call early", no: "You didn't give a clear reason for the call in your first lines" },
    { points: 15, met: permissionPattern.test(text), yes: "You respected the buyer's time up front", no: "You didn't check the buyer had time to talk" },
    { points: 20, met: earlyQuestion, yes: "You asked a question within your first two lines", no: "You didn't ask a question in your first two lines" },
    concise,
  ];
}
