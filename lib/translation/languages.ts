import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

// The languages chat and the translate endpoint serve; a code outside this list is a 400 that names them.
export const SUPPORTED_LANGUAGES = ["en", "es", "fr", "de", "it", "pt", "zh", "ja", "ko", "hi", "ar", "ru"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Pairs inside this set go to DeepL first; the rest (CJK, Indic, Arabic) to Google first. */
export const EUROPEAN_LANGUAGES: ReadonlySet<string> = new Set(["en", "es", "fr", "de", "it", "pt", "ru"]);

export const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar"]);

export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

export const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isSupportedLanguage, { message: fieldMessage("unsupportedLanguage"), params: { languages: SUPPORTED_LANGUAGES.join(", ") } })
  .transform((code) => code as SupportedLanguage);

/** "rtl" for scripts written right to left, for the dir attribute of a message. */
export function textDirection(code: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(code) ? "rtl" : "ltr";
}
