// Languages a user can pick as their preferred language (BCP 47 codes with their own names).
export const languages = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
  { code: "fr", name: "Français" },
  { code: "de", name: "Deutsch" },
  { code: "it", name: "Italiano" },
  { code: "pt", name: "Português" },
  { code: "nl", name: "Nederlands" },
  { code: "sv", name: "Svenska" },
  { code: "pl", name: "Polski" },
  { code: "tr", name: "Türkçe" },
  { code: "ru", name: "Русский" },
  { code: "uk", name: "Українська" },
  { code: "ar", name: "العربية" },
  { code: "he", name: "עברית" },
  { code: "hi", name: "हिन्दी" },
  { code: "bn", name: "বাংলা" },
  { code: "zh", name: "中文" },
  { code: "ja", name: "日本語" },
  { code: "ko", name: "한국어" },
  { code: "vi", name: "Tiếng Việt" },
  { code: "th", name: "ไทย" },
  { code: "id", name: "Bahasa Indonesia" },
  { code: "sw", name: "Kiswahili" },
  { code: "ca", name: "Català" },
] as const;

export type LanguageCode = (typeof languages)[number]["code"];

export const languageCodes = languages.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

/** The line an LLM prompt gets so it answers in the user's preferred language; none for English. */
export function replyLanguageInstruction(code: string): string | null {
  if (code === "en") return null;
  // Made here, not when the module loads: every page's bundle imports this list, and building the
  // names costs each of them tens of milliseconds of main thread for a prompt they never write.
  const englishNames = new Intl.DisplayNames(["en"], { type: "language" });
  return `Always answer in ${englishNames.of(code) ?? code} (${code}), even if the other person writes in another language.`;
}
