import { languageCodes } from "@/lib/account/languages";

/** Languages the interface has messages for; any other language shows English, string by string. */
export const UI_LOCALES = ["en", "es"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const DEFAULT_LOCALE: UiLocale = "en";

/** Set by the language switcher for visitors who are not signed in (or who have no preference yet). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Sent by the browser's API client (hooks/api-request.ts) with the language the page is showing, so an
 * error comes back in it. */
export const UI_LOCALE_HEADER = "x-ui-locale";

/** The switcher cookie's value in a Cookie header (or document.cookie), if it is there. */
export function readLocaleCookie(cookieHeader: string | null | undefined): string | undefined {
  return new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookieHeader ?? "")?.[1];
}

const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ckb"]);

export function isUiLocale(code: string): code is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(code);
}

/** A language a user can pick in settings (lib/account/languages); the app renders in it, with English
 * for every string it has no translation of. */
export function isAppLanguage(code: string): boolean {
  return (languageCodes as readonly string[]).includes(code);
}

export function textDirection(locale: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}
