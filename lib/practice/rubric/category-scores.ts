import "server-only";
import type { CallAnalysis } from "./call-metrics";
import { anObjection } from "./lexicon";
import { listOpeningChecks } from "./opening-checks";
import { NO_EVIDENCE, type CallMode, type CategoryScore, type RubricCategory, type TranscriptLine } from "../types";

// Each category is a sum of visible points, and every point awarded or withheld yields a reason that
// quotes the measurement, so a rep can see exactly why a score is what it is.

const specificTimePattern = /\b(monday|tuesday|wednesday|thursday|friday|tomorrow|next week|\d{1,2}(:\d{2})? ?(am|pm)|calendar invite)\b/i;
const recapPattern = /\b(to recap|to summari[sz]e|what i'?m hearing|what i heard|if i heard you|it sounds like|sounds like)\b/i;

type ScoreInput = { transcript: TranscriptLine[]; analysis: CallAnalysis; mode: CallMode };

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
const MAX_EVIDENCE = 3;
const EVIDENCE_CHARS = 200;

/** Transcript lines as evidence: verbatim, a long line cut to its opening words. */
function quotes(transcript: TranscriptLine[], indices: number[]): string[] {
  return [...new Set(indices)].slice(0, MAX_EVIDENCE).flatMap((index) => {
    const text = transcript[index]?.content.trim();
    if (!text) return [];
    return [text.length <= EVIDENCE_CHARS ? text : text.slice(0, EVIDENCE_CHARS).replace(/\s+\S*$/, "")];
  });
}

const repLines = (transcript: TranscriptLine[]) => transcript.flatMap((line, index) => (line.role === "rep" ? [index] : []));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function scoreOpening({ transcript, analysis, mode }: ScoreInput): CategoryScore {
  if (!transcript.some((line) => line.role === "rep")) return { score: 0, reasons: ["You never spoke, so there was no opening."] };
  const checks = listOpeningChecks({ transcript, questions: analysis.questions, mode });
  const score = checks.reduce((sum, check) => sum + (check.met ? check.points : 0), 0);
  const reasons = [...checks].sort((a, b) => b.points - a.points).map((check) => `${check.met ? check.yes : check.no}.`);
  return { score: clamp(score), reasons: reasons.slice(0, 3), evidence: quotes(transcript, repLines(transcript).slice(0, 2)) };
}

function scoreDiscovery({ transcript, analysis }: ScoreInput): CategoryScore {
  const { openQuestions, closedQuestions, talkRatio } = analysis.metrics;
  const total = openQuestions + closedQuestions;
  const openShare = total === 0 ? 0 : openQuestions / total;
  const talkPoints = talkRatio <= 0.55 ? 20 : talkRatio <= 0.7 ? 10 : 0;
  const score = (Math.min(openQuestions, 6) / 6) * 55 + openShare * 25 + talkPoints;
  return {
    score: clamp(score),
    reasons: [
      `You asked ${plural(openQuestions, "open question")} and ${plural(closedQuestions, "closed one")}.`,
      total === 0 ? "No questions means no discovery: the buyer never had to describe their situation." : `${Math.round(openShare * 100)}% of your questions were open-ended.`,
      `You did ${Math.round(talkRatio * 100)}% of the talking${talkRatio > 0.55 ? ", leaving little room for the buyer to reveal pains" : ""}.`,
    ],
    // With no questions, the evidence is the longest thing said instead of asking.
    evidence: total === 0 ? quotes(transcript, analysis.monologue ? [analysis.monologue.lineIndex] : []) : analysis.questions.slice(0, MAX_EVIDENCE).map((q) => q.sentence),
  };
}

function lastLineObjection(analysis: CallAnalysis): string[] {
  const last = analysis.objections.find((objection) => objection.responseIndex === null);
  return last ? [`The buyer raised ${anObjection(last.kind)} in their last line; the call ended before you could answer, so it isn't counted against you.`] : [];
}

function scoreObjectionHandling({ transcript, analysis }: ScoreInput): CategoryScore {
  const { objectionsRaised, objectionsAcknowledged } = analysis.metrics;
  if (objectionsRaised === 0) {
    return { score: null, reasons: [`${NO_EVIDENCE}: the buyer raised no objection you could answer, so this is not scored.`, ...lastLineObjection(analysis)], evidence: [] };
  }
  const answered = analysis.objections.filter((o) => o.responseIndex !== null);
  const withEvidence = analysis.objections.filter((objection) => objection.withEvidence).length;
  const allAcknowledged = objectionsAcknowledged === objectionsRaised;
  const score = (objectionsAcknowledged / objectionsRaised) * 70 + (withEvidence / objectionsRaised) * 20 + (allAcknowledged ? 10 : 0);
  const ignored = objectionsRaised - objectionsAcknowledged;
  return {
    score: clamp(score),
    reasons: [
      `You acknowledged ${objectionsAcknowledged} of ${plural(objectionsRaised, "objection")} with empathy or a question back.`,
      `You backed ${withEvidence} of your answers with evidence (numbers, customers, examples).`,
      ...(ignored > 0 ? [`${plural(ignored, "objection")} went unacknowledged — you talked past the concern.`] : []),
      ...lastLineObjection(analysis),
    ].slice(0, 3),
    evidence: quotes(transcript, answered.flatMap((o) => [o.lineIndex, o.responseIndex!])),
  };
}

function scoreCommunication({ transcript, analysis }: ScoreInput): CategoryScore {
  const { talkRatio, longestMonologueWords, fillerWords, wordsPerMinute } = analysis.metrics;
  const fillerRate = analysis.repWords === 0 ? 0 : (fillerWords / analysis.repWords) * 100;
  const ratioGap = talkRatio < 0.3 ? 0.3 - talkRatio : talkRatio > 0.6 ? talkRatio - 0.6 : 0;
  const paceOff = wordsPerMinute !== null && (wordsPerMinute < 110 || wordsPerMinute > 180);
  const penalties =
    Math.min(40, ratioGap * 150) + Math.min(30, Math.max(0, longestMonologueWords - 60) / 2) + Math.min(25, fillerRate * 5) + (paceOff ? 10 : 0);
  const reasons = [
    `Your talk ratio was ${Math.round(talkRatio * 100)}% (aim for 30–60%).`,
    `Your longest monologue was ${plural(longestMonologueWords, "word")}${longestMonologueWords > 60 ? " — long enough to lose the buyer" : ""}.`,
    `You used ${plural(fillerWords, "filler word")} (${fillerRate.toFixed(1)} per 100 words).`,
  ];
  reasons[2] += wordsPerMinute === null ? " Pace not measured for typed calls." : ` Your pace was ${wordsPerMinute} words per minute.`;
  return { score: clamp(100 - penalties), reasons, evidence: quotes(transcript, analysis.monologue ? [analysis.monologue.lineIndex] : []) };
}

function scoreClosing({ transcript, analysis }: ScoreInput): CategoryScore {
  const { nextStepLines: asks, nextStepAgreed: agreed } = analysis;
  if (asks.length === 0) {
    return {
      score: 10,
      reasons: ["You did not ask for a next step such as a meeting, a demo or a follow-up call; your last line is where the ask belonged."],
      evidence: quotes(transcript, repLines(transcript).slice(-1)),
    };
  }
  const specific = asks.some((index) => specificTimePattern.test(transcript[index]!.content));
  const lateRepLines = transcript.slice(Math.floor(transcript.length * 0.6)).filter((line) => line.role === "rep");
  const recap = lateRepLines.some((line) => recapPattern.test(line.content));
  const score = 45 + (specific ? 20 : 0) + (recap ? 15 : 0) + (agreed ? 20 : 0);
  return {
    score: clamp(score),
    reasons: [
      `You asked for a next step ${plural(asks.length, "time")}${specific ? " with a specific time" : " but without proposing a specific time"}.`,
      recap ? "You recapped what you heard before closing." : "You didn't recap the buyer's situation before asking.",
      agreed ? "The buyer agreed to the next step." : "The buyer did not clearly agree to a next step.",
    ],
    evidence: quotes(transcript, asks),
  };
}

export function scoreCategories(input: ScoreInput): Record<RubricCategory, CategoryScore> {
  return {
    opening: scoreOpening(input),
    discovery: scoreDiscovery(input),
    objectionHandling: scoreObjectionHandling(input),
    communication: scoreCommunication(input),
    closing: scoreClosing(input),
  };
}
