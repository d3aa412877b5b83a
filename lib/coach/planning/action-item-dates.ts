import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, endOfMonth, format, startOfMonth, startOfWeek } from "date-fns";

// Due dates in the words people use when they commit to something, resolved to a calendar day in
// the user's own timezone ("tomorrow" at 23:30 in Sydney is not UTC's tomorrow).

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|fri)";
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const LEAD = "(?:(?:by|on|before|until|till|for|no later than|first thing)\\s+)?(?:the\\s+)?";

type Local = TZDate;
type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, today: Local) => Date | null };

function weekdayIndex(word: string): number {
  return WEEKDAYS.findIndex((d) => d.startsWith(word.toLowerCase().slice(0, 3)));
}

function monthIndex(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3)));
}

function upcoming(today: Local, weekday: number): Date {
  return addDays(today, (weekday - today.getDay() + 7) % 7);
}

/** The weekday in next ISO week (Monday-based): "next Friday" said on a Wednesday is nine days away. */
function inNextWeek(today: Local, weekday: number): Date {
  return addDays(startOfWeek(addWeeks(today, 1), { weekStartsOn: 1 }), (weekday + 6) % 7);
}

function endOfWorkWeek(today: Local, weeksAhead = 0): Date {
  const friday = addDays(startOfWeek(addWeeks(today, weeksAhead), { weekStartsOn: 1 }), 4);
  return friday < today ? today : friday;
}

function calendarDate(today: Local, month: number, day: number, year?: number): Date | null {
  if (month < 0 || day < 1 || day > 31) return null;
  const date = new TZDate(year ?? today.getFullYear(), month, day, today.timeZone);
  if (date.getMonth() !== month) return null;
  if (year === undefined && format(date, "yyyy-MM-dd") < format(today, "yyyy-MM-dd")) {
    return new TZDate(today.getFullYear() + 1, month, day, today.timeZone);
  }
  return date;
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? 0);
}

const rule = (source: string, resolve: Rule["resolve"]): Rule => ({ pattern: new RegExp(`\\b${LEAD}${source}\\b`, "gi"), resolve });

// Longer phrases first: "end of next month" must win over "next month", "day after tomorrow" over "tomorrow".
const RULES: Rule[] = [
  rule("day after tomorrow", (_, t) => addDays(t, 2)),
  rule("end of (?:the\\s+)?next month", (_, t) => endOfMonth(addMonths(t, 1))),
  rule("(?:end of (?:the\\s+)?(?:this\\s+)?month|month[- ]end|this month)", (_, t) => endOfMonth(t)),
  rule("next month", (_, t) => startOfMonth(addMonths(t, 1))),
  rule("end of (?:the\\s+)?next week", (_, t) => endOfWorkWeek(t, 1)),
  rule("(?:end of (?:the\\s+)?(?:this\\s+)?week|this week|week's end)", (_, t) => endOfWorkWeek(t)),
  rule("(?:this\\s+)?weekend", (_, t) => upcoming(t, 6)),
  rule("next week", (_, t) => startOfWeek(addWeeks(t, 1), { weekStartsOn: 1 })),
  rule("tomorrow(?:\\s+(?:morning|afternoon|evening|night))?", (_, t) => addDays(t, 1)),
  rule("(?:today|tonight|this (?:morning|afternoon|evening)|end of (?:the\\s+)?day|eod|close of business|cob)", (_, t) => t),
  rule(`next ${WEEKDAY}`, (m, t) => inNextWeek(t, weekdayIndex(m[1]!))),
  rule(`(?:this\\s+|coming\\s+|this coming\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`, (m, t) => upcoming(t, weekdayIndex(m[1]!))),
  rule(`${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?`, (m, t) =>
    calendarDate(t, monthIndex(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : undefined),
  ),
  rule(`${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?`, (m, t) =>
    calendarDate(t, monthIndex(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : undefined),
  ),
  rule("in (\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?)", (m, t) => {
    const n = countOf(m[1]!);
    return m[2]!.toLowerCase().startsWith("week") ? addWeeks(t, n) : addDays(t, n);
  }),
];

/** The first due date mentioned in `text`, as YYYY-MM-DD in `timezone`, or null. */
export function resolveDueDate(text: string, { now, timezone }: { now: Date; timezone: string }): string | null {
  const today = new TZDate(now.getTime(), timezone);
  let best: { index: number; length: number; date: Date } | null = null;
  for (const { pattern, resolve } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const date = resolve(match as RegExpExecArray, today);
      if (!date) continue;
      const index = match.index ?? 0;
      if (!best || index < best.index || (index === best.index && match[0].length > best.length)) {
        best = { index, length: match[0].length, date };
      }
    }
  }
  return best ? format(best.date, "yyyy-MM-dd") : null;
}

/** `text` without its due-date phrases ("Send the deck by Friday at the latest" → "Send the deck"). */
export function stripDatePhrases(text: string): string {
  let out = text;
  for (const { pattern } of RULES) out = out.replace(pattern, " ");
  return out.replace(/\b(?:at the latest|latest|first thing)\b/gi, " ").replace(/\s+/g, " ").trim();
}
