import { transcriptText } from "../prompts";
import type { CategoryScore, RubricCategory, TranscriptLine } from "../types";

const categoryWords: Record<RubricCategory, string> = {
  opening: "opening",
  discovery: "discovery",
  objectionHandling: "objection handling",
  communication: "communication",
  closing: "closing",
};

/** The re-grade prompt: the grade as it stands, the rep's argument, the lines it cites, the call. */
export function disputePrompt({
  category,
  before,
  argument,
  citedLines,
  transcript,
}: {
  category: RubricCategory;
  before: CategoryScore;
  argument: string;
  citedLines: number[];
  transcript: TranscriptLine[];
}): string {
  const cited = citedLines.length ? transcriptText(citedLines.map((i) => transcript[i]!)) : "(the rep quoted no line of the transcript)";
  return [
    `You graded the ${categoryWords[category]} of this sales practice call ${before.score}/100 because:`,
    ...before.reasons.map((reason) => `- ${reason}`),
    ``,
    `The rep disputes that grade:`,
    `"""${argument}"""`,
    ``,
    `Lines the rep cites:`,
    cited,
    ``,
    `Re-grade ${categoryWords[category]} only, fairly: raise it if the transcript supports the rep, keep or lower it if not.`,
    `Answer as JSON: "score" (0–100), "reasons" (1–3, each pointing at what the rep actually said), and "explanation"`,
    `(2–3 sentences to the rep on what changed and why, or why it did not).`,
    ``,
    transcriptText(transcript),
  ].join("\n");
}
