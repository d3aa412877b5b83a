// The reflection that opens an offline coach answer: the user's own words turned to the second
// person ("I'm worried our churn…" → "you're worried your churn…") in a sentence that reads
// naturally. No "server-only": pure.
import { analyzeUtterance } from "../chat/grow";

const swaps: [RegExp, string][] = [
  [/\bI'm\b/gi, "you're"],
  [/\bI am\b/gi, "you are"],
  [/\bI've\b/gi, "you've"],
  [/\bI'll\b/gi, "you'll"],
  [/\bI'd\b/gi, "you'd"],
  [/\bI was\b/gi, "you were"],
  [/\bwe're\b/gi, "you're"],
  [/\bwe've\b/gi, "you've"],
  [/\bwe'll\b/gi, "you'll"],
  [/\bwe were\b/gi, "you were"],
  [/\bmyself\b/gi, "yourself"],
  [/\bourselves\b/gi, "yourselves"],
  [/\bmine\b/gi, "yours"],
  [/\bours\b/gi, "yours"],
  [/\bmy\b/gi, "your"],
  [/\bour\b/gi, "your"],
  [/\bme\b/gi, "you"],
  [/\bus\b/gi, "you"],
  [/\bI\b/g, "you"],
  [/\bwe\b/gi, "you"],
  [/\bam\b/gi, "are"],
];

/** First person to second person, word by word. */
export function toSecondPerson(text: string): string {
  return swaps.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

const EMOTION = /\b(worried|stressed|anxious|overwhelmed|exhausted|tired|frustrated|scared|afraid|nervous|burn(ed|t) out|drained|stuck|feel(ing)? lost|upset|angry|lonely|panicking|can't sleep)\b/i;
const FILLER = /^(but|and|so|well|honestly|um|uh|ok|okay|yeah|look|basically|you know|i mean|to be honest)[,\s]+/i;
const MAX_WORDS = 24;

function clipWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= MAX_WORDS ? text : `${words.slice(0, MAX_WORDS).join(" ")}…`;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().replace(FILLER, "").replace(/[.!]+$/, ""))
    .filter((sentence) => sentence.length > 0 && !sentence.endsWith("?"));
}

/** One sentence reflecting what the user said, or null when there is nothing to reflect. */
export function reflectMessage(text: string): string | null {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return null;
  const signals = analyzeUtterance(text);
  const emotional = sentences.find((sentence) => EMOTION.test(sentence));
  if (emotional) return `It sounds like ${clipWords(toSecondPerson(lowerFirst(emotional)))} — that's a lot to carry.`;
  if (signals.goal) return `So you want to ${clipWords(toSecondPerson(signals.goal))}.`;
  const obstacle = sentences.find((sentence) => analyzeUtterance(sentence).obstacle);
  if (obstacle) return `It sounds like ${clipWords(toSecondPerson(lowerFirst(obstacle)))}.`;
  if (sentences[0]!.split(/\s+/).length < 4) return null;
  return `You're saying ${clipWords(toSecondPerson(lowerFirst(sentences[0]!)))}.`;
}

function lowerFirst(sentence: string): string {
  return /^I\b/.test(sentence) || /^[A-Z]{2,}/.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
