import "server-only";
import { and, eq, gt, lte } from "drizzle-orm";
import { coachSessions } from "../../db/schema";
import type { Db } from "../../db/types";
import { translatorForUser } from "../../i18n/user-translator";
import { scheduleReminder } from "./schedule-reminder";

const MINUTE = 60_000;
const thresholds = [
  { label: "24h", before: 24 * 60 * MINUTE },
  { label: "15m", before: 15 * MINUTE },
] as const;

type Translator = Awaited<ReturnType<typeof translatorForUser>>;

function titleFor(ms: number, t: Translator): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return t("Notices.coachSession", { minutes });
  return t("Notices.coachSessionHours", { hours: Math.round(minutes / 60) });
}

/** The `session-reminders` job: for each scheduled coach session, a reminder 24 h and 15 min before
 * (only the nearer one when a session is booked late). Keys name the session and its time, so runs
 * that overlap schedule nothing twice and a rescheduled session is reminded at its new time. */
export async function runCoachSessionReminders({ db, now = new Date() }: { db: Db; now?: Date }) {
  const horizon = new Date(now.getTime() + thresholds[0].before);
  const sessions = await db
    .select()
    .from(coachSessions)
    .where(and(eq(coachSessions.status, "scheduled"), gt(coachSessions.scheduledFor, now), lte(coachSessions.scheduledFor, horizon)));
  let scheduled = 0;
  for (const session of sessions) {
    const left = session.scheduledFor.getTime() - now.getTime();
    const due = thresholds.filter((t) => left <= t.before).at(-1);
    if (!due) continue;
    const t = await translatorForUser({ db, userId: session.userId });
    const created = await scheduleReminder({
      db,
      userId: session.userId,
      kind: "coach.session-reminder",
      at: now,
      key: `coach-session:${session.id}:${session.scheduledFor.toISOString()}:${due.label}`,
      payload: {
        title: titleFor(left, t),
        body: session.goal,
        url: "/coach/sessions",
        data: { sessionId: session.id, scheduledFor: session.scheduledFor.toISOString() },
      },
    });
    if (created) scheduled += 1;
  }
  return { sessions: sessions.length, scheduled };
}
