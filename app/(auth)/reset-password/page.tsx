import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Choose a new password" };

const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

/** Where the reset mail's link lands (better-auth adds ?token=, or ?error= for a bad link). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string; done?: string }> }) {
  const { token, error, done } = await searchParams;
  if (done) {
    return (
      <AuthCard title="Password changed" description="You were signed out on every device.">
        <Alert variant="success">
          Your new password is set.{" "}
          <Link href="/sign-in" className={linkClass}>
            Sign in
          </Link>{" "}
          with it.
        </Alert>
      </AuthCard>
    );
  }
  if (error || !token) {
    return (
      <AuthCard title="This link does not work" description="Reset links work once, for one hour.">
        <Alert variant="error">
          This reset link has expired or was already used.{" "}
          <Link href="/forgot-password" className={linkClass}>
            Ask for a new one
          </Link>
          .
        </Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="Changing it signs you out everywhere.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
