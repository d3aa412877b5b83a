import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { prepareAuthPage, type AuthSearchParams } from "@/components/auth/auth-page-setup";
import { clerkMissingFromBuild, loadClerkForms } from "@/components/auth/clerk-loader";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const { next, clerk } = await prepareAuthPage(searchParams);
  if (clerk) {
    if (!loadClerkForms) throw clerkMissingFromBuild();
    const { ClerkSignUp } = await loadClerkForms();
    return <ClerkSignUp next={next} />;
  }
  return (
    <AuthCard title="Create your account" description="Free to start. Your data stays yours: export or delete it any time.">
      <SignUpForm next={next} />
    </AuthCard>
  );
}
