import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { prepareAuthPage, type AuthSearchParams } from "@/components/auth/auth-page-setup";
import { clerkMissingFromBuild, loadClerkForms } from "@/components/auth/clerk-loader";
import { SignInForm } from "@/components/auth/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("signInMeta") };
}

export default async function SignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const { next, clerk } = await prepareAuthPage(searchParams);
  if (clerk) {
    if (!loadClerkForms) throw clerkMissingFromBuild();
    const { ClerkSignIn } = await loadClerkForms();
    return <ClerkSignIn next={next} />;
  }
  const t = await getTranslations("Auth");
  return (
    <AuthCard title={t("signInTitle")} description={t("signInDescription")}>
      <SignInForm next={next} />
    </AuthCard>
  );
}
