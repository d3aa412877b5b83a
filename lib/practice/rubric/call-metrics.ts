import "server-only";
import {
  classifyQuestions,
  countFillers,
  countWords,
  detectObjection,
  hasEvidence,
  isAcknowledgement,
  isNextStepAsk,
  type ObjectionKind,
  type QuestionKind,
} from "./lexicon";
import { isBuyerAgreement } from "./buyer-agreement";
import type { CallMetrics, TranscriptLine } from "../types";

export type QuestionEvent = { lineIndex: number; sentence: string; kind: QuestionKind };
export type ObjectionEvent = {
  lineIndex: number;
  kind: ObjectionKind;
  /** The rep's next line, if the rep spoke again. */
  responseIndex: number | null;
  acknowledged: boolean;
  withEvidence: boolean;
};

/** The metrics plus the events behind them, so key moments and reasons can point at real lines. */
export type CallAnalysis = {
  metrics: CallMetrics;
  questions: QuestionEvent[];
  /** Every objection the buyer raised; one with no rep line after it is not scored. */
  objections: ObjectionEvent[];
  /** Rep lines that asked for a next step, including any the buyer said yes to. */
  nextStepLines: number[];
  /** The buyer accepted a next step in their own words ("send an invite", "Tuesday works"). */
  nextStepAgreed: boolean;
  monologue: { lineIndex: number; words: number } | null;
  repWords: number;
};

function findNextRepLine({ transcript, from }: { transcript: TranscriptLine[]; from: number }): number | null {
  for (let index = from + 1; index < transcript.length; index += 1) {
    if (transcript[index]?.role === "rep") return index;
  }
  return null;
}

/** Words per minute over the rep's spoken lines. Only a voice call has timestamps that measure
 * speech: in a typed call the gap after a line is typing and reading time, not talking. */
function measurePace({ transcript, durationMs, timedSpeech }: AnalyseInput): number | null {
  if (!timedSpeech) return null;
  let words = 0;
  let spokenMs = 0;
  transcript.forEach((line, index) => {
    if (line.role !== "rep") return;
    const endMs = transcript[index + 1]?.timestampMs ?? durationMs;
    if (endMs === undefined || endMs <= line.timestampMs) return;
    words += countWords(line.content);
    spokenMs += endMs - line.timestampMs;
  });
  return spokenMs >= 1_000 && words > 0 ? Math.round((words / spokenMs) * 60_000) : null;
}

/** The rep lines a buyer agreement answers: the last rep line before each buyer yes. */
function findAgreedAsks(transcript: TranscriptLine[]): number[] {
  return transcript.flatMap((line, index) => {
    if (line.role !== "persona" || !isBuyerAgreement(line.content)) return [];
    const ask = transcript.slice(0, index).findLastIndex((earlier) => earlier.role === "rep");
    return ask === -1 ? [] : [ask];
  });
}

function collectObjections(transcript: TranscriptLine[]): ObjectionEvent[] {
  return transcript.flatMap((line, lineIndex) => {
    const kind = line.role === "persona" ? detectObjection(line.content) : null;
    if (!kind) return [];
    const responseIndex = findNextRepLine({ transcript, from: lineIndex });
    const response = responseIndex === null ? "" : (transcript[responseIndex]?.content ?? "");
    const acknowledged = isAcknowledgement(response) || classifyQuestions(response).length > 0;
    return [{ lineIndex, kind, responseIndex, acknowledged, withEvidence: hasEvidence(response) }];
  });
}

type AnalyseInput = { transcript: TranscriptLine[]; durationMs?: number; timedSpeech?: boolean };

export function analyseCall({ transcript, durationMs, timedSpeech = false }: AnalyseInput): CallAnalysis {
  const questions: QuestionEvent[] = [];
  const nextStepLines: number[] = [];
  let repWords = 0;
  let allWords = 0;
  let fillerWords = 0;
  let run = { lineIndex: -1, words: 0 };
  let monologue: CallAnalysis["monologue"] = null;

  for (const [lineIndex, line] of transcript.entries()) {
    const words = countWords(line.content);
    allWords += words;
    if (line.role !== "rep") {
      run = { lineIndex: -1, words: 0 };
      continue;
    }
    repWords += words;
    fillerWords += countFillers(line.content);
    for (const question of classifyQuestions(line.content)) questions.push({ lineIndex, ...question });
    if (isNextStepAsk(line.content)) nextStepLines.push(lineIndex);
    run = { lineIndex: run.lineIndex === -1 ? lineIndex : run.lineIndex, words: run.words + words };
    if (!monologue || run.words > monologue.words) monologue = { ...run };
  }

  const agreed = findAgreedAsks(transcript);
  const asks = [...new Set([...nextStepLines, ...agreed])].sort((a, b) => a - b);
  const objections = collectObjections(transcript);
  // An objection in the buyer's last line came after the rep's last chance to answer it.
  const answerable = objections.filter((objection) => objection.responseIndex !== null);
  const metrics: CallMetrics = {
    repTurns: transcript.filter((line) => line.role === "rep").length,
    personaTurns: transcript.filter((line) => line.role === "persona").length,
    openQuestions: questions.filter((question) => question.kind === "open").length,
    closedQuestions: questions.filter((question) => question.kind === "closed").length,
    talkRatio: allWords === 0 ? 0 : Math.round((repWords / allWords) * 100) / 100,
    longestMonologueWords: monologue?.words ?? 0,
    objectionsRaised: answerable.length,
    objectionsAcknowledged: answerable.filter((objection) => objection.acknowledged).length,
    nextStepAsked: asks.length > 0,
    fillerWords,
    wordsPerMinute: measurePace({ transcript, durationMs, timedSpeech }),
  };
  return { metrics, questions, objections, nextStepLines: asks, nextStepAgreed: agreed.length > 0, monologue, repWords };
}

export function measureCall(transcript: TranscriptLine[], durationMs?: number, timedSpeech = false): CallMetrics {
  return analyseCall({ transcript, durationMs, timedSpeech }).metrics;
}
