import { z } from "zod";
import { DEFAULT_LOCALE, type UiLocale } from "./locales";
import { errorTranslator } from "./error-text";
import { fieldMessageKey, issueValues } from "./field-message";

// Zod words its own checks when it parses, in English. To answer in another language, an issue is
// worded again by that language's zod locale, as long as its message is zod's own English one: a
// message a schema wrote itself is kept (and a fieldMessage key is translated from messages/).

type Issue = z.core.$ZodIssue;
type LocaleError = (issue: never) => string | { message: string } | undefined | null;

const english = z.locales.en().localeError as LocaleError;
const zodLocales: Partial<Record<UiLocale, LocaleError>> = { es: z.locales.es().localeError as LocaleError };

// A parsed issue no longer carries the input; zod's invalid_type words name only its type, which the
// English message ends with ("…, received number"), so a value of that type stands in for it.
const SAMPLE_INPUTS: Record<string, unknown> = { string: "", number: 0, boolean: false, undefined: undefined, null: null, array: [], object: {}, nan: Number.NaN, bigint: BigInt(0), date: new Date(0) };

function withInput(issue: Issue): Issue {
  if (issue.code !== "invalid_type") return issue;
  const received = / received (\w+)$/.exec(issue.message)?.[1] ?? "undefined";
  return { ...issue, input: SAMPLE_INPUTS[received] };
}

function wordedBy(localeError: LocaleError, issue: Issue): string | undefined {
  const worded = localeError(withInput(issue) as never);
  return typeof worded === "string" ? worded : (worded?.message ?? undefined);
}

/** One issue's message for a reader of `locale`. */
export function issueMessage(issue: Issue, locale: UiLocale = DEFAULT_LOCALE): string {
  const key = fieldMessageKey(issue.message);
  if (key) return errorTranslator(locale)(key, issueValues(issue));
  const localeError = zodLocales[locale];
  if (!localeError || wordedBy(english, issue) !== issue.message) return issue.message;
  return wordedBy(localeError, issue) ?? issue.message;
}
