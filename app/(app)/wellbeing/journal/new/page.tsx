import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { JournalEditor } from "@/components/wellbeing/journal-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("newEntryMeta") };
}

export default function NewEntryPage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("newEntryTitle")}</h1>
      <JournalEditor entryId={null} />
    </div>
  );
}
