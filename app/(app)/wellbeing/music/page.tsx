import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MusicView } from "@/components/wellbeing/music-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("musicMeta") };
}

export default function MusicPage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("musicTitle")}</h1>
      <MusicView />
    </div>
  );
}
