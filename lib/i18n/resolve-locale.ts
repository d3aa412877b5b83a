import { DEFAULT_LOCALE, isAppLanguage, isUiLocale, readLocaleCookie } from "./locales";

type LocaleInputs = {
  /** users.preferred_language of the signed-in user, if any. */
  userLanguage?: string | null;
  /** The NEXT_LOCALE cookie set by the language switcher. */
  cookie?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
};

/** The interface language of one request: the user's setting, else the switcher's cookie, else the
 * best Accept-Language entry we have messages for, else English. */
export function resolveLocale({ userLanguage, cookie, acceptLanguage }: LocaleInputs): string {
  if (userLanguage && isAppLanguage(userLanguage)) return userLanguage;
  if (cookie && isAppLanguage(cookie)) return cookie;
  return negotiateAcceptLanguage(acceptLanguage ?? "") ?? DEFAULT_LOCALE;
}

/** The first language in the header, by quality, that the interface has messages for. A browser lists
 * several ("fr, es;q=0.8"): a language we only have English for loses to one we translated. */
export function negotiateAcceptLanguage(header: string): string | null {
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.split("-")[0]!.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.find((entry) => isUiLocale(entry.language))?.language ?? null;
}

/** The language a request asks for before there is a user: its switcher cookie, else Accept-Language
 * (what a new account starts with, so signing up does not switch a Spanish visitor to English). */
export function requestedLocale(headers: Headers | null | undefined): string {
  return resolveLocale({ cookie: readLocaleCookie(headers?.get("cookie")), acceptLanguage: headers?.get("accept-language") });
}
