"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import { VERIFIED_CALLBACK } from "@/lib/auth/verified-callback";

/** Whether the account's email is verified, with a way to get a fresh link when it is not. */
export function EmailVerification({ email, verified, justVerified }: { email: string; verified: boolean; justVerified: boolean }) {
  const t = useTranslations("Settings");
  const resend = useMutation<unknown, ApiError>({
    mutationFn: () => apiRequest("/api/auth/send-verification-email", { method: "POST", body: { email, callbackURL: VERIFIED_CALLBACK } }),
  });
  if (verified) {
    return (
      <div className="grid gap-3">
        {justVerified && <Alert variant="success">{t("thanksVerified")}</Alert>}
        <p className="flex items-center gap-2 text-sm" data-testid="email-status">
          <CircleCheck aria-hidden className="size-4 text-emerald-600" /> {t("emailVerified", { email })}
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <p className="text-sm" data-testid="email-status">
        {t("emailNotVerified", { email })}
      </p>
      {resend.isSuccess && <Alert variant="success">{t("newLinkSent")}</Alert>}
      {resend.error && <Alert variant="error">{resend.error.message}</Alert>}
      <Button variant="outline" className="justify-self-start" disabled={resend.isPending} onClick={() => resend.mutate()}>
        {t("sendNewLink")}
      </Button>
    </div>
  );
}
