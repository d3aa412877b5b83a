// use-intl/core is next-intl's React-free core: this runs in jobs and scripts outside a Next request too.
import { createFormatter, createTranslator } from "use-intl/core";
import { messagesFor } from "./messages";

const makeTranslator = (locale: string) => createTranslator({ locale, messages: messagesFor(locale) });
const translators = new Map<string, ReturnType<typeof makeTranslator>>();

/** Messages outside a request (mail, push, jobs, API errors): the recipient's language, English for
 * any string it has no translation of. One translator per locale, reused (it keeps its formatters). */
export function translatorFor(locale: string) {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

export function formatterFor(locale: string, timeZone: string) {
  return createFormatter({ locale, timeZone });
}
