import type { MessageKeys, NestedKeyOf } from "use-intl/core";
import type { Messages } from "./messages";
import { translatorFor } from "./translator";

type ErrorMessages = Messages["ApiErrors"];

/** A key under ApiErrors in messages/, e.g. "coach.goalClosed". */
export type ApiErrorKey = MessageKeys<ErrorMessages, NestedKeyOf<ErrorMessages>>;

export type ErrorValues = Record<string, string | number>;

type Translate = (key: string, values?: ErrorValues) => string;

/** The messages translator of a locale, untyped so keys built at run time (ApiErrors.*) go through. */
export function errorTranslator(locale: string): Translate {
  return translatorFor(locale) as unknown as Translate;
}

/** An API error's words in `locale` (English for a language the interface has no messages for). */
export function errorText(locale: string, key: ApiErrorKey, values?: ErrorValues): string {
  return errorTranslator(locale)(`ApiErrors.${key}`, values);
}
