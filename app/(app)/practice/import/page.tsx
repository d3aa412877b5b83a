import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ImportCallForm } from "@/components/practice/import-call-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Practice"))("importMeta") };
}

export default function ImportCallPage() {
  const t = useTranslations("Practice");
  return (
    <div className="mx-auto grid max-w-3xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("importTitle")}</h1>
        <p className="text-muted-foreground">
          {t("importIntro")}
        </p>
      </div>
      <ImportCallForm />
    </div>
  );
}
