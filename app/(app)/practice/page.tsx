import { History, Upload } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PracticeStart, PracticeStartSkeleton } from "@/components/practice/practice-start";
import { PractiseNextCard } from "@/components/practice/practise-next-card";
import { Button } from "@/components/ui/button";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Practice"))("meta") };
}

export default async function PracticePage() {
  const user = await requireCurrentUser("/practice");
  const t = await getTranslations("Practice");
  return (
    <div className="mx-auto grid max-w-5xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href="/practice/import">
              <Upload aria-hidden />
              {t("importCall")}
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/practice/history">
              <History aria-hidden />
              {t("callHistory")}
            </Link>
          </Button>
        </div>
      </div>
      {/* One boundary for both: the suggestion sits above the picker, so it must not arrive after it. */}
      <Suspense fallback={<PracticeStartSkeleton />}>
        <PractiseNextCard userId={user.id} />
        <PracticeStart userId={user.id} />
      </Suspense>
    </div>
  );
}
