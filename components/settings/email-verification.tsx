"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import { VERIFIED_CALLBACK } from "@/lib/auth/verified-callback";

/** Whether the account's email is verified, with a way to get a fresh link when it is not. */
export function EmailVerification({ email, verified, justVerified }: { email: string; verified: boolean; justVerified: boolean }) {
  const resend = useMutation<unknown, ApiError>({
    mutationFn: () => apiRequest("/api/auth/send-verification-email", { method: "POST", body: { email, callbackURL: VERIFIED_CALLBACK } }),
  });
  if (verified) {
    return (
      <div className="grid gap-3">
        {justVerified && <Alert variant="success">Thanks, your email is verified.</Alert>}
        <p className="flex items-center gap-2 text-sm" data-testid="email-status">
          <CircleCheck aria-hidden className="size-4 text-emerald-600" /> {email} is verified.
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <p className="text-sm" data-testid="email-status">
        {email} is not verified yet. Practice and Coach work either way; meeting people in Connect needs a verified email.
      </p>
      {resend.isSuccess && <Alert variant="success">A new link is on its way. Check your inbox.</Alert>}
      {resend.error && <Alert variant="error">{resend.error.message}</Alert>}
      <Button variant="outline" className="justify-self-start" disabled={resend.isPending} onClick={() => resend.mutate()}>
        Send a new verification link
      </Button>
    </div>
  );
}
