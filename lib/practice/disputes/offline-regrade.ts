import "server-only";
import type { CallAnalysis } from "../call-metrics";
import type { ScoringContext } from "../engine-context";
import { deepCategories } from "../rubric-scorer";
import type { CategoryScore, RubricCategory, TranscriptLine } from "../types";
import type { Regrade } from "./dispute-schemas";

// The built-in re-grade: the rubric runs again with the rep's cited lines read with the benefit of
// the doubt — a cited answer to an objection counts as acknowledging it, a cited question as open,
// a cited late line as asking for the next step. The line must be the rep's and in the right place;
// measurements (talk ratio, fillers, pace) cannot be argued.

export type RegradeContext = { scoring: ScoringContext; category: RubricCategory; citedLines: number[]; before: CategoryScore };

type Credit = { analysis: CallAnalysis; credited: number[]; refused: string[] };

const quote = (line: TranscriptLine | undefined) => `“${(line?.content ?? "").slice(0, 120)}”`;

function creditObjections(analysis: CallAnalysis, transcript: TranscriptLine[], cited: number[]): Credit {
  const credited: number[] = [];
  const refused: string[] = [];
  const objections = analysis.objections.map((objection) => {
    if (objection.acknowledged || objection.responseIndex === null || !cited.includes(objection.responseIndex)) return objection;
    credited.push(objection.responseIndex);
    return { ...objection, acknowledged: true };
  });
  for (const index of cited) {
    if (credited.includes(index)) continue;
    const answers = analysis.objections.find((o) => o.responseIndex === index);
    refused.push(answers ? `${quote(transcript[index])} was already counted as acknowledging the objection.` : `${quote(transcript[index])} does not answer a buyer objection.`);
  }
  const answerable = objections.filter((o) => o.responseIndex !== null);
  const metrics = { ...analysis.metrics, objectionsAcknowledged: answerable.filter((o) => o.acknowledged).length };
  return { analysis: { ...analysis, objections, metrics }, credited, refused };
}

function creditQuestions(analysis: CallAnalysis, transcript: TranscriptLine[], cited: number[]): Credit {
  const credited: number[] = [];
  const refused: string[] = [];
  let questions = analysis.questions;
  for (const index of cited) {
    const line = transcript[index];
    const own = questions.filter((q) => q.lineIndex === index);
    if (line?.role !== "rep" || !line.content.includes("?")) {
      refused.push(`${quote(line)} is not a question you asked.`);
    } else if (own.length > 0 && own.every((q) => q.kind === "open")) {
      refused.push(`${quote(line)} was already counted as an open question.`);
    } else {
      credited.push(index);
      questions = own.length > 0 ? questions.map((q) => (q.lineIndex === index ? { ...q, kind: "open" as const } : q)) : [...questions, { lineIndex: index, sentence: line.content, kind: "open" as const }];
    }
  }
  questions = [...questions].sort((a, b) => a.lineIndex - b.lineIndex);
  const metrics = {
    ...analysis.metrics,
    openQuestions: questions.filter((q) => q.kind === "open").length,
    closedQuestions: questions.filter((q) => q.kind === "closed").length,
  };
  return { analysis: { ...analysis, questions, metrics }, credited, refused };
}

function creditNextSteps(analysis: CallAnalysis, transcript: TranscriptLine[], cited: number[]): Credit {
  const credited: number[] = [];
  const refused: string[] = [];
  for (const index of cited) {
    if (transcript[index]?.role !== "rep") refused.push(`${quote(transcript[index])} is the buyer's line, not an ask.`);
    else if (analysis.nextStepLines.includes(index)) refused.push(`${quote(transcript[index])} was already counted as asking for a next step.`);
    else credited.push(index);
  }
  const nextStepLines = [...analysis.nextStepLines, ...credited].sort((a, b) => a - b);
  return { analysis: { ...analysis, nextStepLines, metrics: { ...analysis.metrics, nextStepAsked: nextStepLines.length > 0 } }, credited, refused };
}

const crediting: Partial<Record<RubricCategory, (analysis: CallAnalysis, transcript: TranscriptLine[], cited: number[]) => Credit>> = {
  objectionHandling: creditObjections,
  discovery: creditQuestions,
  opening: creditQuestions,
  closing: creditNextSteps,
};

export function regradeOffline({ scoring, category, citedLines, before }: RegradeContext): Regrade {
  const credit = crediting[category];
  if (!credit) {
    return { ...before, explanation: "Communication is measured — talk ratio, longest monologue, filler words and pace — so quoting lines cannot change it." };
  }
  if (citedLines.length === 0) {
    return { ...before, explanation: "The argument quotes no line of the transcript, so the built-in scorer has nothing to check. Quote the lines that show it." };
  }
  let outcome: Credit | null = null;
  const { categories } = deepCategories(scoring, (analysis) => {
    outcome = credit(analysis, scoring.transcript, citedLines);
    return outcome.analysis;
  });
  const { credited, refused } = outcome ?? { credited: [], refused: [] };
  // The change the credit makes to the rubric's own grade, applied to the grade being disputed (which
  // may have come from a model), so only the rep's argument moves it.
  const baseline = deepCategories(scoring).categories[category].score;
  const regraded = categories[category].score;
  const score =
    before.score === null || baseline === null || regraded === null ? regraded : Math.max(0, Math.min(100, before.score + regraded - baseline));
  const creditedText = credited.length ? `Credited ${credited.map((i) => quote(scoring.transcript[i])).join(", ")}. ` : "";
  const grade = (value: number | null) => (value === null ? "not scored" : String(value));
  const moved = score === before.score ? `The grade stays ${grade(before.score)}.` : `The grade moves from ${grade(before.score)} to ${grade(score)}.`;
  const reasons = score === before.score ? before.reasons : categories[category].reasons;
  return { score, reasons, explanation: `${creditedText}${refused.join(" ")} ${moved}`.replace(/\s+/g, " ").trim() };
}
