import { summarizeExtractively } from "../coach/extractive-summary";
import { showsDistress } from "./distress";

// No "server-only": the offline "journal-analysis" engine is a pure function, also run by the
// benchmark. Mood comes from the summary's lexicon sentiment (−1…1 → 1…5), themes are its key
// topics, and the summary is the entry's two or three most central sentences in the writer's words.

export type JournalAnalysisDraft = {
  emotions: { emotion: string; intensity: number }[];
  mood: number;
  themes: string[];
  summary: string;
  distress: boolean;
};

export type JournalContext = { title: string; content: string };

export function analyseJournalOffline({ title, content }: JournalContext): JournalAnalysisDraft {
  const text = [title, content].filter((part) => part.trim()).join("\n");
  const extract = summarizeExtractively([text], { maxSentences: text.length > 600 ? 3 : 2 });
  const mood = Math.min(5, Math.max(1, Math.round(3 + extract.sentiment * 2)));
  return {
    emotions: [],
    mood,
    themes: extract.keyTopics.slice(0, 5),
    summary: extract.summary,
    distress: showsDistress(text),
  };
}
