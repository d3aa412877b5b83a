import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MemoryBrowser } from "@/components/coach/memory/memory-browser";
import { OtherMemory } from "@/components/coach/memory/other-memory";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach"))("memoryMeta") };
}

export default function CoachMemoryPage() {
  const t = useTranslations("Coach");
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("memoryTitle")}</h1>
        <p className="text-muted-foreground">
          {t("memoryIntro")}
        </p>
      </div>
      <MemoryBrowser />
      <OtherMemory />
    </div>
  );
}
