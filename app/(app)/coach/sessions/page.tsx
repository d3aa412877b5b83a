import type { Metadata } from "next";
import { SessionsBoard } from "@/components/coach/planning/sessions-board";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { listSessions } from "@/lib/coach/planning/sessions";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Coaching sessions" };

export default async function CoachSessionsPage() {
  const user = await requireCurrentUser("/coach/sessions");
  const sessions = await listSessions({ db: await getDb(), userId: user.id });
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Sessions</h1>
        <p className="text-muted-foreground">Structured coaching sessions: schedule them, run them with your coach, and rate how they went.</p>
      </div>
      <SessionsBoard timezone={user.timezone} initialSessions={sessions} />
    </div>
  );
}
