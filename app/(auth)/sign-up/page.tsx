import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { prepareAuthPage, type AuthSearchParams } from "@/components/auth/auth-page-setup";
import { ClerkSignUp } from "@/components/auth/clerk-forms";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("signUpMeta") };
}

export default async function SignUpPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const { next, clerk } = await prepareAuthPage(searchParams);
  if (clerk) return <ClerkSignUp next={next} />;
  const t = await getTranslations("Auth");
  return (
    <AuthCard title={t("signUpTitle")} description={t("signUpDescription")}>
      <SignUpForm next={next} />
    </AuthCard>
  );
}
