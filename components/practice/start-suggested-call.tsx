"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useCreateCall } from "@/hooks/use-practice-call";
import type { CallMode } from "@/lib/practice/types";

/** "Start this call": creates the suggested call and opens its page. */
export function StartSuggestedCall({ mode, personaId }: { mode: CallMode; personaId: string }) {
  const t = useTranslations("Practice");
  const router = useRouter();
  const createCall = useCreateCall();
  const starting = createCall.isPending || createCall.isSuccess;
  return (
    <>
      <Button
        onClick={() => createCall.mutate({ mode, personaId }, { onSuccess: (call) => router.push(`/practice/calls/${call.id}`) })}
        disabled={starting}
      >
        {starting ? <Spinner /> : null}
        {t("startThisCall")}
      </Button>
      {createCall.error ? <Alert variant="error" className="basis-full">{t("startFailed", { message: createCall.error.message })}</Alert> : null}
    </>
  );
}
