import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionsBoard } from "@/components/coach/planning/sessions-board";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { listSessions } from "@/lib/coach/planning/sessions";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach.planning"))("sessionsMeta") };
}

export default async function CoachSessionsPage() {
  const t = await getTranslations("Coach.planning");
  const user = await requireCurrentUser("/coach/sessions");
  const sessions = await listSessions({ db: await getDb(), userId: user.id });
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("sessionsTitle")}</h1>
        <p className="text-muted-foreground">{t("sessionsIntro")}</p>
      </div>
      <SessionsBoard timezone={user.timezone} initialSessions={sessions} />
    </div>
  );
}
