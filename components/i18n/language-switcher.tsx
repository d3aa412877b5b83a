"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { languages } from "@/lib/account/languages";
import { LOCALE_COOKIE, UI_LOCALES } from "@/lib/i18n/locales";

const ONE_YEAR_S = 365 * 24 * 60 * 60;
const choices = languages.filter((language) => (UI_LOCALES as readonly string[]).includes(language.code));

/** Picks the interface language for this browser (the NEXT_LOCALE cookie); a signed-in user's
 * preferred language in settings still comes first. */
export function LanguageSwitcher() {
  const t = useTranslations("LanguageSwitcher");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();

  function choose(code: string) {
    document.cookie = `${LOCALE_COOKIE}=${code}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
    router.refresh();
  }

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted-foreground">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => choose(event.target.value)}
        className="h-9 rounded-md border border-input bg-background px-2 text-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {!choices.some((choice) => choice.code === locale) ? <option value={locale}>{locale}</option> : null}
        {choices.map((choice) => (
          <option key={choice.code} value={choice.code} lang={choice.code}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}
