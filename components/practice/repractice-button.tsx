"use client";

import { Repeat } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useRepracticeCall } from "@/hooks/use-practice-call";

/** "Practise with this buyer again": a new call with the same persona and mode, opened at once. */
export function RepracticeButton({ callId, personaName }: { callId: string; personaName: string }) {
  const t = useTranslations("Practice");
  const router = useRouter();
  const repractice = useRepracticeCall(callId);
  const busy = repractice.isPending || repractice.isSuccess;
  return (
    <>
      <Button variant="outline" disabled={busy} onClick={() => repractice.mutate(undefined, { onSuccess: (call) => router.push(`/practice/calls/${call.id}`) })}>
        {busy ? <Spinner /> : <Repeat aria-hidden />}
        {t("practiseAgain", { name: personaName })}
      </Button>
      {repractice.error ? <Alert variant="error">{t("startFailed", { message: repractice.error.message })}</Alert> : null}
    </>
  );
}
