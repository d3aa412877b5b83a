import { readLocaleCookie } from "./locales";

// app/global-error.tsx replaces the root layout, and with it next-intl's provider; it ships in every
// route's JavaScript, so it carries its few words here (the same as Errors.global* and Common.tryAgain
// in messages/, which a test holds them to) rather than a messages file.
export const GLOBAL_ERROR_TEXT = {
  en: { title: "Cadence could not load", body: "Something went wrong on our side. Please try again in a moment.", tryAgain: "Try again", reference: "Reference:" },
  es: { title: "Cadence no pudo cargarse", body: "Algo salió mal por nuestra parte. Inténtalo de nuevo en un momento.", tryAgain: "Reintentar", reference: "Referencia:" },
};

export type GlobalErrorLanguage = keyof typeof GLOBAL_ERROR_TEXT;

const isLanguage = (code: string): code is GlobalErrorLanguage => code in GLOBAL_ERROR_TEXT;

/** The language switcher's cookie, else the browser's first language we have words for, else English. */
export function globalErrorLanguage({ cookie, languages }: { cookie: string; languages: readonly string[] }): GlobalErrorLanguage {
  const chosen = readLocaleCookie(cookie) ?? "";
  return [chosen, ...languages].map((tag) => tag.split("-")[0]!.toLowerCase()).find(isLanguage) ?? "en";
}
