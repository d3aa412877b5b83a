import type { JournalContext } from "./journal-engine";
import { WELLBEING_EMOTIONS } from "./vocabulary";

export const JOURNAL_ANALYSIS_SYSTEM = `You read one private journal entry and say what you heard, kindly and briefly.
Answer JSON only: emotions (from ${WELLBEING_EMOTIONS.join(", ")}) with intensities 0–1, mood 1 (very low) to 5 (great),
up to five key themes of one to three words, a summary of two or three sentences addressed to the writer as "you",
and distress: true only when the writer describes acute distress or thoughts of harming themselves (not idioms such as
"this deadline is killing me"). Never diagnose.`;

export function journalAnalysisPrompt({ title, content }: JournalContext): string {
  return `Title: ${title || "(none)"}\n\nEntry:\n${content}`;
}
