import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { prepareAuthPage, type AuthSearchParams } from "@/components/auth/auth-page-setup";
import { clerkMissingFromBuild, loadClerkForms } from "@/components/auth/clerk-loader";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("signUpMeta") };
}

export default async function SignUpPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const { next, clerk } = await prepareAuthPage(searchParams);
  if (clerk) {
    if (!loadClerkForms) throw clerkMissingFromBuild();
    const { ClerkSignUp } = await loadClerkForms();
    return <ClerkSignUp next={next} />;
  }
  const t = await getTranslations("Auth");
  return (
    <AuthCard title={t("signUpTitle")} description={t("signUpDescription")}>
      <SignUpForm next={next} />
    </AuthCard>
  );
}
