import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportQueue } from "@/components/moderation/report-queue";
import { Alert } from "@/components/ui/alert";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Moderation"))("meta") };
}

export default async function ModerationPage() {
  const user = await requireCurrentUser("/moderation");
  const t = await getTranslations("Moderation");
  const allowed = user.role === "moderator" || user.role === "admin";
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      {allowed ? <ReportQueue /> : <Alert variant="error">{t("onlyModerators")}</Alert>}
    </div>
  );
}
