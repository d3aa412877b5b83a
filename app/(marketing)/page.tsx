import { Hero } from "@/components/marketing/hero";
import { MarketingHeader } from "@/components/marketing/marketing-header";
import { PillarSections } from "@/components/marketing/pillar-sections";
import { SiteFooter } from "@/components/marketing/site-footer";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";

type LandingProps = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function LandingPage({ searchParams }: LandingProps) {
  const [user, { deleted }, t] = await Promise.all([getCurrentUser(), searchParams, getTranslations("Marketing")]);
  const signedIn = user !== null;

  return (
    <div className="flex min-h-dvh flex-col">
      <MarketingHeader signedIn={signedIn} />
      <main id="main" className="flex-1">
        {deleted === "1" ? (
          <div className="mx-auto max-w-3xl px-4 pt-4 sm:px-6">
            <Alert variant="success">{t("deleted")}</Alert>
          </div>
        ) : null}
        <Hero signedIn={signedIn} />
        <PillarSections />
      </main>
      <SiteFooter />
    </div>
  );
}
