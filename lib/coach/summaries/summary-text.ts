import { STOP_WORDS } from "../../ai/stop-words";

// No "server-only": pure text helpers shared by the summariser, its tests and the benchmark.

// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "jr", "sr", "approx"]);

// Conversational filler that carries no topic even though it is not a function word.
const FILLER_WORDS = new Set(
  `also really actually just like get got getting going gonna want wanted need needs needed think thought
  know knew make made lot lots thing things stuff way maybe much many even still yeah yes okay ok well
  today yesterday tomorrow tonight week weeks day days time times would could should might must one two
  say said says tell told feel felt bit kind sort let us since every something anything everything
  someone anyone going try trying tried see seen look looking good great bad`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits texts into sentences on . ! ? and line breaks, keeping abbreviations and decimals whole. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    const boundary = /[.!?…]+["')\]]*(?=\s+|$)/g;
    for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
      const before = line.slice(start, match.index);
      const lastWord = before.split(/\s+/).pop()?.toLowerCase().replace(/\.$/, "") ?? "";
      if (match[0] === "." && ABBREVIATIONS.has(lastWord)) continue;
      pushSentence(sentences, line.slice(start, match.index + match[0].length));
      start = match.index + match[0].length;
    }
    pushSentence(sentences, line.slice(start));
  }
  return sentences;
}

function pushSentence(sentences: string[], raw: string): void {
  const sentence = raw.replace(/\s+/g, " ").trim();
  if (/[\p{L}\p{N}]/u.test(sentence)) sentences.push(sentence);
}

/** Lowercased words, apostrophes normalised ("don’t" → "don't"). */
export function words(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
}

/** A light suffix stripper so "hire", "hires" and "hiring" count as one term. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies") && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3).replace(/(.)\1$/, "$1");
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2).replace(/(.)\1$/, "$1");
  if (word.endsWith("es") && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/** Whether a word can carry a topic: not a function word, filler, number or contraction. */
export function isContentWord(word: string): boolean {
  return word.length >= 3 && !word.includes("'") && !/^\d+$/.test(word) && !STOP_WORDS.has(word) && !FILLER_WORDS.has(word);
}
