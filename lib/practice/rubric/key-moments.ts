import "server-only";
import type { CallAnalysis } from "./call-metrics";
import { anObjection, countWords, findSentence, isAcknowledgement, isNextStepAsk, splitSentences } from "./lexicon";
import type { KeyMoment, TranscriptLine } from "../types";

const MAX_QUOTE = 160;
const MAX_MOMENTS = 6;

/** A verbatim piece of the line: the text itself when short, else cut at a word boundary. */
function quoteText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_QUOTE) return trimmed;
  const cut = trimmed.slice(0, MAX_QUOTE);
  const lastSpace = cut.lastIndexOf(" ");
  return lastSpace > 40 ? cut.slice(0, lastSpace) : cut;
}

function momentAt({ line, quote, note, kind }: { line: TranscriptLine; quote: string; note: string; kind: KeyMoment["kind"] }): KeyMoment {
  return { timestampMs: Math.max(0, Math.round(line.timestampMs)), quote: quoteText(quote), note, kind };
}

function findBestOpenQuestion({ transcript, analysis }: { transcript: TranscriptLine[]; analysis: CallAnalysis }): KeyMoment[] {
  const open = analysis.questions.filter((question) => question.kind === "open");
  const best = open.reduce<(typeof open)[number] | null>((top, question) => (!top || countWords(question.sentence) > countWords(top.sentence) ? question : top), null);
  if (!best) return [];
  return [momentAt({ line: transcript[best.lineIndex]!, quote: best.sentence, note: "A strong open question that invited the buyer to describe their situation.", kind: "positive" })];
}

function findObjectionMoments({ transcript, analysis }: { transcript: TranscriptLine[]; analysis: CallAnalysis }): KeyMoment[] {
  const handled = analysis.objections.find((objection) => objection.acknowledged && objection.responseIndex !== null);
  const ignored = analysis.objections.find((objection) => !objection.acknowledged && objection.responseIndex !== null);
  const moments: KeyMoment[] = [];
  if (handled) {
    const line = transcript[handled.responseIndex!]!;
    const quote = findSentence({ text: line.content, test: (sentence) => isAcknowledgement(sentence) || sentence.endsWith("?") });
    moments.push(momentAt({ line, quote, note: `You acknowledged the buyer's ${handled.kind} objection before answering it.`, kind: "positive" }));
  }
  if (ignored) {
    const line = transcript[ignored.lineIndex]!;
    moments.push(momentAt({ line, quote: line.content, note: `The buyer raised ${anObjection(ignored.kind)} and your reply didn't acknowledge it.`, kind: "negative" }));
  }
  return moments;
}

function findClosingMoment({ transcript, analysis }: { transcript: TranscriptLine[]; analysis: CallAnalysis }): KeyMoment[] {
  const index = analysis.nextStepLines[0];
  if (index !== undefined) {
    const line = transcript[index]!;
    return [momentAt({ line, quote: findSentence({ text: line.content, test: isNextStepAsk }), note: "You asked for a concrete next step.", kind: "positive" })];
  }
  const lastRep = transcript.findLast((line) => line.role === "rep");
  if (!lastRep) return [];
  const quote = splitSentences(lastRep.content).at(-1) ?? lastRep.content;
  return [momentAt({ line: lastRep, quote, note: "The call ended here without a next step being asked for.", kind: "negative" })];
}

function findMonologue({ transcript, analysis }: { transcript: TranscriptLine[]; analysis: CallAnalysis }): KeyMoment[] {
  if (!analysis.monologue || analysis.monologue.words <= 60) return [];
  const line = transcript[analysis.monologue.lineIndex]!;
  return [momentAt({ line, quote: line.content, note: `A ${analysis.monologue.words}-word monologue: the buyer had no room to speak.`, kind: "negative" })];
}

function findOpeningMoment({ transcript }: { transcript: TranscriptLine[] }): KeyMoment[] {
  const first = transcript.find((line) => line.role === "rep");
  if (!first) return [];
  const quote = splitSentences(first.content)[0] ?? first.content;
  return [momentAt({ line: first, quote, note: "How you opened the call.", kind: first.content.includes("?") ? "positive" : "negative" })];
}

/** Two to six moments worth replaying, in call order, each quoting the transcript verbatim. */
export function findKeyMoments({ transcript, analysis }: { transcript: TranscriptLine[]; analysis: CallAnalysis }): KeyMoment[] {
  const input = { transcript, analysis };
  const moments = [
    ...findObjectionMoments(input),
    ...findClosingMoment(input),
    ...findBestOpenQuestion(input),
    ...findMonologue(input),
  ];
  if (moments.length < 2) moments.push(...findOpeningMoment(input));
  const last = transcript.at(-1);
  if (moments.length < 2 && last) moments.push(momentAt({ line: last, quote: last.content, note: "Where the call ended.", kind: "negative" }));
  const unique = moments.filter((moment, index) => moments.findIndex((other) => other.quote === moment.quote) === index);
  return unique
    .filter((moment) => moment.quote.length > 0)
    .slice(0, MAX_MOMENTS)
    .sort((a, b) => a.timestampMs - b.timestampMs);
}
