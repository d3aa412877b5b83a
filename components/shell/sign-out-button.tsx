"use client";

import { useQueryClient } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { ApiError, apiFetch } from "@/hooks/api-request";

/** Local auth: ends the session on the server, forgets cached user data, then shows sign-in. */
export function SignOutButton() {
  const t = useTranslations("Shell");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function signOut() {
    setPending(true);
    setError(undefined);
    try {
      await apiFetch("/api/auth/sign-out", { method: "POST", body: {} });
      queryClient.clear();
      router.replace("/sign-in");
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t("signOutFailed"));
      setPending(false);
    }
  }

  return (
    <>
      <SignOutLook pending={pending} onClick={signOut} />
      {error ? <Alert variant="error" className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-sm shadow-lg">{error}</Alert> : null}
    </>
  );
}

export function SignOutLook({ pending = false, onClick }: { pending?: boolean; onClick?: () => void }) {
  const t = useTranslations("Shell");
  return (
    <Button variant="ghost" onClick={onClick} disabled={pending} className="px-2.5 sm:px-3">
      {pending ? <Spinner /> : <LogOut aria-hidden />}
      <span className="sr-only sm:not-sr-only">{t("signOut")}</span>
    </Button>
  );
}
