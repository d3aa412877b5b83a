import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Logo } from "@/components/shell/logo";
import { ThemeToggle } from "@/components/shell/theme-toggle";

export function MarketingHeader({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("Marketing");
  return (
    <header className="mx-auto flex w-full max-w-6xl items-center gap-2 px-4 py-4 sm:px-6">
      <Logo href="/" />
      <nav aria-label={t("accountNav")} className="ml-auto flex items-center gap-1 sm:gap-2">
        <ThemeToggle />
        {signedIn ? (
          <Button asChild size="sm">
            <Link href="/dashboard">{t("dashboard")}</Link>
          </Button>
        ) : (
          <>
            <Button asChild variant="ghost" size="sm">
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
            <Button asChild size="sm">
              <Link href="/sign-up">{t("signUp")}</Link>
            </Button>
          </>
        )}
      </nav>
    </header>
  );
}
