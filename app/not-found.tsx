import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/shell/message-page";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Errors"))("notFoundMeta") };
}

export default function NotFound() {
  const t = useTranslations();
  return (
    <MessagePage
      title={t("Errors.notFoundTitle")}
      actions={
        <>
          <Button asChild>
            <Link href="/dashboard">{t("Common.goToDashboard")}</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/">{t("Common.cadenceHome")}</Link>
          </Button>
        </>
      }
    >
      <p>{t("Errors.notFoundBody")}</p>
    </MessagePage>
  );
}
