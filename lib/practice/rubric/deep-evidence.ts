import "server-only";
import type { CallAnalysis } from "../call-metrics";
import { countWords, splitSentences } from "../lexicon";
import { extractKeywords } from "../persona-intents";
import type { CategoryScore, KeyMoment, TranscriptLine } from "../types";

// What only the deep pass looks at: which of the buyer's hidden pains came out and on which line,
// and how good the questions were (did they draw a full answer, did they follow up on what the
// buyer just said). The quick pass is measurements only, so the two passes can disagree, and the
// deep one says why.

const FULL_ANSWER_WORDS = 12;
const PAIN_MATCH_SHARE = 0.5;

export type UncoveredPain = { pain: string; lineIndex: number; sentence: string };

function painSentenceIn({ pain, text }: { pain: string; text: string }): string | null {
  const wanted = [...extractKeywords({ text: pain })];
  if (wanted.length === 0) return null;
  for (const sentence of splitSentences(text)) {
    const said = extractKeywords({ text: sentence });
    if (wanted.filter((word) => said.has(word)).length / wanted.length >= PAIN_MATCH_SHARE) return sentence;
  }
  return null;
}

/** Each hidden pain the buyer voiced, with the first line that voiced it. */
export function findUncoveredPains({ transcript, hiddenPains }: { transcript: TranscriptLine[]; hiddenPains: string[] }): UncoveredPain[] {
  return hiddenPains.flatMap((pain) => {
    for (const [lineIndex, line] of transcript.entries()) {
      if (line.role !== "persona") continue;
      const sentence = painSentenceIn({ pain, text: line.content });
      if (sentence) return [{ pain, lineIndex, sentence }];
    }
    return [];
  });
}

export type QuestionQuality = { open: number; fullAnswers: number; followUps: number };

/** Open questions that drew a full answer, and ones that picked up a word from the buyer's last line. */
export function rateQuestions({ transcript, analysis }: { transcript: TranscriptLine[]; analysis: CallAnalysis }): QuestionQuality {
  const open = analysis.questions.filter((question) => question.kind === "open");
  let fullAnswers = 0;
  let followUps = 0;
  for (const question of open) {
    const answer = transcript.slice(question.lineIndex + 1).find((line) => line.role === "persona");
    if (answer && countWords(answer.content) >= FULL_ANSWER_WORDS) fullAnswers += 1;
    const before = transcript.slice(0, question.lineIndex).findLast((line) => line.role === "persona");
    const heard = before ? extractKeywords({ text: before.content }) : new Set<string>();
    if ([...extractKeywords({ text: question.sentence })].some((word) => heard.has(word))) followUps += 1;
  }
  return { open: open.length, fullAnswers, followUps };
}

/** The discovery category as the deep pass sees it: the measured score blended with pains uncovered
 * and question quality, each with its reason. */
export function deepenDiscovery({
  discovery,
  uncovered,
  painCount,
  quality,
}: {
  discovery: CategoryScore;
  uncovered: UncoveredPain[];
  painCount: number;
  quality: QuestionQuality;
}): CategoryScore {
  const qualityShare = quality.open === 0 ? 0 : (quality.fullAnswers + quality.followUps) / (2 * quality.open);
  const painShare = painCount === 0 ? null : uncovered.length / painCount;
  const measured = discovery.score ?? 0;
  const blended = painShare === null ? measured * 0.8 + qualityShare * 20 : measured * 0.6 + painShare * 25 + qualityShare * 15;
  const reasons = [
    discovery.reasons[0] ?? "",
    ...(painShare === null ? [] : [`You uncovered ${uncovered.length} of the buyer's ${painCount} hidden pains.`]),
    `${quality.fullAnswers} of your ${quality.open} open questions drew a full answer, and ${quality.followUps} followed up on what the buyer had just said.`,
  ].filter(Boolean);
  const evidence = [...uncovered.map((u) => u.sentence), ...(discovery.evidence ?? [])].slice(0, 3);
  return { score: Math.max(0, Math.min(100, Math.round(blended))), reasons: reasons.slice(0, 3), evidence };
}

/** One positive moment per uncovered pain, quoting the buyer's sentence. */
export function painMoments({ transcript, uncovered }: { transcript: TranscriptLine[]; uncovered: UncoveredPain[] }): KeyMoment[] {
  return uncovered.map(({ lineIndex, sentence }) => ({
    timestampMs: Math.max(0, Math.round(transcript[lineIndex]!.timestampMs)),
    quote: sentence.length <= 160 ? sentence : sentence.slice(0, 160).replace(/\s+\S*$/, ""),
    note: "Hidden pain uncovered: your question got the buyer to say this.",
    kind: "positive" as const,
  }));
}

export function painStrengths({ uncovered, painCount }: { uncovered: UncoveredPain[]; painCount: number }): string[] {
  const [first] = uncovered;
  return first ? [`You uncovered ${uncovered.length} of the buyer's ${painCount} hidden pains, starting with “${first.sentence}”.`] : [];
}

export function painImprovements({ uncovered, painCount }: { uncovered: UncoveredPain[]; painCount: number }): string[] {
  if (painCount === 0 || uncovered.length === painCount) return [];
  const missed = painCount - uncovered.length;
  return [`${missed} of the buyer's ${painCount} hidden pains never came out: ask what gets in the way, what it costs, and follow up on each answer.`];
}
