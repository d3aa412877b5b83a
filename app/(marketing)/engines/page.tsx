import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EngineExplainer } from "@/components/engine/engine-explainer";
import { MarketingHeader } from "@/components/marketing/marketing-header";
import { SiteFooter } from "@/components/marketing/site-footer";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Marketing"))("enginesMeta") };
}

const code = (chunks: ReactNode) => <code>{chunks}</code>;

export default async function EnginesPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("Marketing")]);
  return (
    <div className="flex min-h-dvh flex-col">
      <MarketingHeader signedIn={user !== null} />
      <main id="main" className="mx-auto grid w-full max-w-3xl flex-1 content-start gap-8 px-4 py-12 sm:px-6">
        <div className="grid gap-3">
          <h1 className="text-3xl font-semibold tracking-tight">{t("enginesTitle")}</h1>
          <p className="text-muted-foreground">{t("enginesIntro")}</p>
        </div>
        <EngineExplainer />
        <section aria-labelledby="connect-model" className="grid gap-3">
          <h2 id="connect-model" className="text-2xl font-semibold">
            {t("connectModelTitle")}
          </h2>
          <p className="text-sm">{t("connectModelBody")}</p>
          <ul className="grid list-disc gap-1.5 pl-5 text-sm">
            <li>{t.rich("connectModelKeys", { code })}</li>
            <li>{t.rich("connectModelLocal", { code })}</li>
          </ul>
          <p className="text-sm text-muted-foreground">{t.rich("connectModelHealth", { code })}</p>
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
