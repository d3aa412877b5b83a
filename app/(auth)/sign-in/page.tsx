import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { prepareAuthPage, type AuthSearchParams } from "@/components/auth/auth-page-setup";
import { clerkMissingFromBuild, loadClerkForms } from "@/components/auth/clerk-loader";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const { next, clerk } = await prepareAuthPage(searchParams);
  if (clerk) {
    if (!loadClerkForms) throw clerkMissingFromBuild();
    const { ClerkSignIn } = await loadClerkForms();
    return <ClerkSignIn next={next} />;
  }
  return (
    <AuthCard title="Sign in" description="Welcome back. Pick up where you left off.">
      <SignInForm next={next} />
    </AuthCard>
  );
}
