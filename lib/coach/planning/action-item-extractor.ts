import { resolveDueDate, stripDatePhrases } from "./action-item-dates";

// The offline action-item extractor: finds what the user commits to in their own words ("I'll call
// Sarah about the renewal by Friday") and turns each commitment into a short imperative task.
// Questions, hypotheticals, negations and other people's commitments are left alone.

export type ExtractedActionItem = { text: string; dueDate: string | null }; // dueDate YYYY-MM-DD in the user's timezone

const ADVERB = "(?:\\s+(?:really|definitely|absolutely|certainly|just|also|then|finally|probably|seriously|actually|first))?";
const TRIGGER = new RegExp(
  [
    `\\bi${ADVERB}\\s+will\\b`,
    `\\bi'll\\b`,
    `\\bi(?:\\s+am|'m)${ADVERB}\\s+(?:going to|gonna|planning to|committing to)\\b`,
    `\\bi${ADVERB}\\s+(?:need to|have to|must|plan to|intend to|commit to|promise to|want to make sure to)\\b`,
    `\\b(?:my|the)\\s+next\\s+steps?\\s+(?:is|are|will be)(?:\\s+to)?\\b`,
    `\\bnext step:\\s*`,
    `\\blet me\\b`,
  ].join("|"),
  "gi",
);

// Words that, before the commitment in the same clause, make it a condition, a wish or a report.
const HYPOTHETICAL = /\b(?:if|unless|whether|suppose|supposing|imagine|in case|would|could|might|maybe|perhaps|wonder(?:ing)?|what if|wish)\b/i;
const REPORTED = /\b(?:he|she|they|[A-Z][a-z]+)\s+(?:said|says|told|tells|thinks|promised|mentioned)\b/;
const QUESTION_START = /^(?:do|does|did|should|shall|can|could|would|will|must|am|is|are|how|what|when|why|where|who)\s+i\b/i;
const CLAUSE_RESET = /(?:[;—]|\b(?:so|but|and|then|because|since|although|though)\b)(?![\s\S]*(?:[;—]|\b(?:so|but|and|then|because|since|although|though)\b))/i;

// What follows a trigger but is not a task: "I need to think", "let me know", "I'll be honest".
const NOT_A_TASK = /^(?:not|never|no longer|think|know|see|wonder|feel|say|admit|explain|understand|believe|guess|hope|be honest|be clear|be frank|tell you|ask you|remind you|go on|rant|vent)\b/i;
const VAGUE = /^(?:do (?:it|that|this|so)|try|try it|go|be|see|sort it(?: out)?|deal with it|handle it|get (?:it|that) done|figure it out)$/i;

const CUT_AT = /\s*(?:[,;:(]\s*(?:but|so|because|since|which|although|though|otherwise|if|unless)\b|\s+(?:because|since|so that|so|but|although|though|unless|if|while|otherwise)\s+|[;:(]|\s+-\s+|\s+—\s*|,\s+and\s+then\b|\s+and\s+then\b).*$/i;
const LEADING_FILLER = /^(?:(?:really|definitely|absolutely|certainly|just|also|then|finally|probably|actually|seriously|first|try to|try and|go ahead and|go and|make sure (?:to|that i|i)|get around to|start to|begin to|to)\s+)+/i;
const TRAILING_FILLER = /(?:\s+(?:and|then|too|as well|also|again|ok|okay|anyway|first|for sure|i think|i guess|now))+$/i;

function sentencesOf(text: string): string[] {
  return text
    .replace(/[’‘]/g, "'")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function clauseBefore(sentence: string, index: number): string {
  const prefix = sentence.slice(0, index);
  const reset = CLAUSE_RESET.exec(prefix);
  return reset ? prefix.slice(reset.index + reset[0].length) : prefix;
}

function isQuestion(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || QUESTION_START.test(sentence) || /^what if\b/i.test(sentence);
}

/** "be sending the deck" → "sending the deck" reads badly; "send the deck" is the task. */
function toImperative(phrase: string): string {
  const gerund = /^be\s+(\w+?)(?:ing)\b/i.exec(phrase);
  if (!gerund) return phrase;
  let stem = gerund[1]!;
  if (/([bdfgklmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
  else if (/(?:at|it|ak|iv|ov|uc|ar|ur|ag|ud|os)$/.test(stem) && !/(?:eat|ait|eak|oat|oar)$/.test(stem)) stem += "e";
  return stem + phrase.slice(gerund[0].length);
}

function cleanTask(raw: string): string | null {
  let task = raw.replace(CUT_AT, "");
  task = stripDatePhrases(task).replace(LEADING_FILLER, "").replace(TRAILING_FILLER, "");
  task = toImperative(task)
    .replace(/[\s.,!;:"'-]+$/g, "")
    .replace(/^[\s,:"'-]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!task || NOT_A_TASK.test(task) || VAGUE.test(task)) return null;
  if (task.split(" ").length < 2) return null;
  return task.charAt(0).toUpperCase() + task.slice(1);
}

/** Normalised form for duplicate checks: lower case, letters and digits only. */
export function normalizeActionItemText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** One action item per first-person commitment in `text`, due dates resolved in `timezone`. */
export function extractActionItems(text: string, options: { now: Date; timezone: string }): ExtractedActionItem[] {
  const items: ExtractedActionItem[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    if (isQuestion(sentence)) continue;
    const triggers = [...sentence.matchAll(TRIGGER)];
    let regionStart = 0;
    triggers.forEach((match, i) => {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const next = triggers[i + 1]?.index ?? sentence.length;
      const region = sentence.slice(regionStart, next);
      regionStart = next;
      const clause = clauseBefore(sentence, start);
      if (HYPOTHETICAL.test(clause) || REPORTED.test(clause)) return;
      const body = sentence.slice(end, next).replace(/\s+(?:and|,)\s*$/i, "");
      if (NOT_A_TASK.test(body.trim())) return;
      const task = cleanTask(body);
      if (!task) return;
      const key = normalizeActionItemText(task);
      if (seen.has(key)) return;
      seen.add(key);
      items.push({ text: task, dueDate: resolveDueDate(region, options) });
    });
  }
  return items;
}
