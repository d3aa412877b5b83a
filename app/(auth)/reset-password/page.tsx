import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("resetMeta") };
}

const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

/** Where the reset mail's link lands (better-auth adds ?token=, or ?error= for a bad link). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string; done?: string }> }) {
  const { token, error, done } = await searchParams;
  const t = await getTranslations("Auth");
  if (done) {
    return (
      <AuthCard title={t("resetDoneTitle")} description={t("resetDoneDescription")}>
        <Alert variant="success">
          {t.rich("resetDone", {
            link: (chunks) => (
              <Link href="/sign-in" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      </AuthCard>
    );
  }
  if (error || !token) {
    return (
      <AuthCard title={t("resetBadTitle")} description={t("resetBadDescription")}>
        <Alert variant="error">
          {t.rich("resetBad", {
            link: (chunks) => (
              <Link href="/forgot-password" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("resetTitle")} description={t("resetDescription")}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
