import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { WellbeingSettingsForm } from "@/components/wellbeing/wellbeing-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("settingsMeta") };
}

export default function WellbeingSettingsPage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("settingsTitle")}</h1>
      <WellbeingSettingsForm />
    </div>
  );
}
