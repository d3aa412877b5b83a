import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ConnectFlow } from "@/components/connect/connect-flow";
import { Alert } from "@/components/ui/alert";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { restrictionOf } from "@/lib/connect/eligibility";
import { getConnectProfile } from "@/lib/connect/profile";
import { getDb } from "@/lib/db/client";
import { uiLocaleOf } from "@/lib/i18n/error-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Connect"))("meta") };
}

export default async function ConnectPage({ searchParams }: { searchParams: Promise<{ match?: string }> }) {
  const user = await requireCurrentUser("/connect");
  const profile = await getConnectProfile({ db: await getDb(), userId: user.id });
  const restriction = restrictionOf(user);
  const locale = uiLocaleOf(await getLocale());
  const { match } = await searchParams;
  const t = await getTranslations("Connect");
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {!user.emailVerified ? (
        <Alert variant="error">{t("verifyEmail")}</Alert>
      ) : restriction ? (
        <Alert variant="error">{restriction.worded(locale).message}</Alert>
      ) : !profile ? (
        <Alert>
          {t.rich("setUpFirst", {
            link: (chunks) => (
              <Link href="/connect/profile" className="font-medium text-primary underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      ) : (
        <>
          <p className="text-sm">
            {t.rich("matchingAs", { name: profile.displayName, strong: (chunks) => <strong>{chunks}</strong> })} ·{" "}
            <Link href="/connect/profile" className="text-primary underline underline-offset-4">
              {t("editProfile")}
            </Link>
          </p>
          <ConnectFlow userId={user.id} initialMatchId={match && /^[0-9a-f-]{36}$/.test(match) ? match : undefined} />
        </>
      )}
    </div>
  );
}
