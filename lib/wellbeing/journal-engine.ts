import { summarizeExtractively } from "../coach/extractive-summary";
import { analyseEmotions, EMOTIONS } from "../emotion";
import { showsDistress } from "./distress";

// No "server-only": the offline "journal-analysis" engine is a pure function, also run by the
// benchmark. Emotions are the shared lexicon analyser's (Connect's, twelve emotions); mood blends the
// summary's lexicon sentiment (−1…1 → 1…5) with the balance of pleasant and unpleasant emotions;
// themes are the key topics, and the summary the entry's most central sentences in the writer's words.

export type JournalAnalysisDraft = {
  emotions: { emotion: string; intensity: number }[];
  mood: number;
  themes: string[];
  summary: string;
  distress: boolean;
};

export type JournalContext = { title: string; content: string };

const PLEASANT = ["happy", "excited", "calm", "playful", "grateful", "hopeful", "romantic"] as const;
const UNPLEASANT = ["lonely", "sad", "anxious", "angry", "tired"] as const;
const MIN_INTENSITY = 0.05;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function analyseJournalOffline({ title, content }: JournalContext): JournalAnalysisDraft {
  const text = [title, content].filter((part) => part.trim()).join("\n");
  const extract = summarizeExtractively([text], { maxSentences: text.length > 600 ? 3 : 2 });
  const { scores } = analyseEmotions(text);
  const balance = PLEASANT.reduce((sum, e) => sum + scores[e], 0) - UNPLEASANT.reduce((sum, e) => sum + scores[e], 0);
  const valence = Math.max(-1, Math.min(1, (extract.sentiment + Math.tanh(balance)) / 2));
  const mood = Math.min(5, Math.max(1, Math.round(3 + valence * 2)));
  const emotions = EMOTIONS.filter((e) => scores[e] >= MIN_INTENSITY)
    .map((emotion) => ({ emotion, intensity: round2(scores[emotion]) }))
    .sort((a, b) => b.intensity - a.intensity);
  return {
    emotions,
    mood,
    themes: extract.keyTopics.slice(0, 5),
    summary: extract.summary,
    distress: showsDistress(text, scores),
  };
}
