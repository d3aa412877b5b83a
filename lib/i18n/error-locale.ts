import { DEFAULT_LOCALE, isUiLocale, readLocaleCookie, UI_LOCALE_HEADER, type UiLocale } from "./locales";
import { resolveLocale } from "./resolve-locale";

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The interface language an error answer is worded in: messages exist in UI_LOCALES only, so any
 * other language reads English. */
export function uiLocaleOf(language: string): UiLocale {
  const primary = language.split("-")[0]!.toLowerCase();
  return isUiLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The language to answer one request's errors in: the one the page that sent it is showing (the
 * x-ui-locale header), else the user's setting, else the switcher's cookie or Accept-Language, else English. */
export function errorLocale(headers: Headers, userLanguage?: string | null): UiLocale {
  const shown = headers.get(UI_LOCALE_HEADER)?.trim();
  if (shown && LANGUAGE_TAG.test(shown)) return uiLocaleOf(shown);
  return uiLocaleOf(resolveLocale({ userLanguage, cookie: readLocaleCookie(headers.get("cookie")), acceptLanguage: headers.get("accept-language") }));
}
