import { PhoneCall } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CallHistory } from "@/components/practice/call-history";
import { HistorySummary } from "@/components/practice/history-summary";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Practice"))("historyMeta") };
}

export default function PracticeHistoryPage() {
  const t = useTranslations("Practice");
  return (
    <div className="mx-auto grid max-w-4xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl font-semibold tracking-tight">{t("callHistory")}</h1>
          <p className="text-muted-foreground">{t("historyIntro")}</p>
        </div>
        <Button asChild>
          <Link href="/practice">
            <PhoneCall aria-hidden />
            {t("newCall")}
          </Link>
        </Button>
      </div>
      <HistorySummary />
      <Suspense>
        <CallHistory />
      </Suspense>
    </div>
  );
}
