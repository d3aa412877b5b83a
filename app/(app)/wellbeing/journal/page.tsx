import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { JournalList } from "@/components/wellbeing/journal-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("journalMeta") };
}

export default function JournalPage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("journalTitle")}</h1>
      <JournalList />
    </div>
  );
}
