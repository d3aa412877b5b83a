import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MeditateView } from "@/components/wellbeing/meditate-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("meditateMeta") };
}

export default function MeditatePage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("meditateTitle")}</h1>
      <MeditateView />
    </div>
  );
}
