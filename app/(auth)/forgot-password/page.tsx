import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("forgotMeta") };
}

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const { sent } = await searchParams;
  const t = await getTranslations("Auth");
  return (
    <AuthCard title={t("forgotTitle")} description={t("forgotDescription")}>
      <div className="grid gap-5">
        {sent ? (
          <Alert variant="success">{t("forgotSent")}</Alert>
        ) : (
          <ForgotPasswordForm />
        )}
        <p className="text-center text-sm text-muted-foreground">
          <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
