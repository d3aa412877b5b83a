import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Errors"))("offlineMeta") };
}

export default function OfflinePage() {
  const t = useTranslations("Errors");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">{t("offlineTitle")}</h1>
      <p className="text-muted-foreground">{t("offlineBody")}</p>
    </main>
  );
}
