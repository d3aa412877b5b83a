import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionItemsPanel } from "@/components/coach/planning/action-items-panel";
import { GoalsBoard } from "@/components/coach/planning/goals-board";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { listActionItems } from "@/lib/coach/planning/action-item-crud";
import { listGoals } from "@/lib/coach/planning/goals";
import { getDb } from "@/lib/db/client";
import { localDayOf } from "@/lib/local-days";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach.planning"))("goalsMeta") };
}

export default async function CoachGoalsPage() {
  const t = await getTranslations("Coach.planning");
  const user = await requireCurrentUser("/coach/goals");
  // The user's own today, so target and due dates gone by are flagged by their calendar, not the server's.
  const today = localDayOf(new Date(), user.timezone);
  const db = await getDb();
  const [goals, actionItems] = await Promise.all([listGoals({ db, userId: user.id }), listActionItems({ db, userId: user.id })]);
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("goalsTitle")}</h1>
        <p className="text-muted-foreground">{t("goalsIntro")}</p>
      </div>
      <div className="grid gap-10 xl:grid-cols-[3fr_2fr] xl:gap-8">
        <GoalsBoard today={today} initialGoals={goals} />
        <ActionItemsPanel today={today} initialItems={actionItems} initialGoals={goals} />
      </div>
    </div>
  );
}
