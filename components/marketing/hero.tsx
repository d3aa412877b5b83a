import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function Hero({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("Marketing");
  const common = useTranslations("Common");
  return (
    <section aria-labelledby="hero-heading" className="mx-auto grid max-w-3xl gap-6 px-4 pt-10 pb-16 text-center sm:px-6 sm:pt-20">
      <p className="text-sm font-medium tracking-wide text-primary uppercase">{t("heroEyebrow")}</p>
      <h1 id="hero-heading" className="text-4xl font-semibold tracking-tight text-balance sm:text-6xl">
        {t("heroTitle")}
      </h1>
      <p className="text-lg text-balance text-muted-foreground sm:text-xl">
        {t("heroBody")}
      </p>
      <div className="flex flex-col justify-center gap-3 sm:flex-row">
        {signedIn ? (
          <Button asChild size="lg">
            <Link href="/dashboard">
              {common("goToDashboard")}
              <ArrowRight aria-hidden />
            </Link>
          </Button>
        ) : (
          <>
            <Button asChild size="lg">
              <Link href="/sign-up">
                {t("getStarted")}
                <ArrowRight aria-hidden />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-in">{t("haveAccount")}</Link>
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
