import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

export function SiteFooter() {
  const t = useTranslations("Marketing");
  return (
    <footer className="border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>{t("footerTagline")}</p>
        <p>{t("footerData")}</p>
        <LanguageSwitcher />
      </div>
    </footer>
  );
}
