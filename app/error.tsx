"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { MessagePage } from "@/components/shell/message-page";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <MessagePage
      title={t("Errors.errorTitle")}
      actions={
        <>
          <Button onClick={reset}>{t("Common.tryAgain")}</Button>
          <Button asChild variant="outline">
            <Link href="/">{t("Common.cadenceHome")}</Link>
          </Button>
        </>
      }
    >
      <p>{t("Errors.errorBody")}</p>
      {error.digest ? <p className="mt-2 text-xs">{t("Common.reference", { digest: error.digest })}</p> : null}
    </MessagePage>
  );
}
