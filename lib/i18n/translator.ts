// use-intl/core is next-intl's React-free core: this runs in jobs and scripts outside a Next request too.
import { createFormatter, createTranslator } from "use-intl/core";
import { messagesFor } from "./messages";

/** Messages outside a request (mail, push, jobs): the recipient's language, English for any string
 * it has no translation of. */
export function translatorFor(locale: string) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

export function formatterFor(locale: string, timeZone: string) {
  return createFormatter({ locale, timeZone });
}
