// npx tsx --conditions=react-server bench/coach-summaries.ts — the daily-summary cron over 1,000 active
// users (a day of check-ins each, spread over timezones) with the offline extractive engine, on
// in-memory PGlite (target: under 60 s). Then the same run again, which must change nothing.
// Writes bench/results/coach-summaries.json. BENCH_COACH_USERS overrides the user count.
import { availableParallelism } from "node:os";
import { runDailySummaries } from "../lib/coach/summaries/daily-summary";
import { addDays, localDayOf, startOfLocalDay } from "../lib/local-days";
import { createDatabase } from "../lib/db/create-database";
import { coachConversations, coachMessages, users } from "../lib/db/schema";
import type { Db } from "../lib/db/types";
import { createSeededRandom } from "../lib/seeded-random";
import { round, writeResult } from "./lib/stats";

const USERS = Number(process.env.BENCH_COACH_USERS ?? 1_000);
const USER_MESSAGES = 8;
const INSERT_CHUNK = 500;
const TIMEZONES = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Pacific/Auckland"];
const OPENERS = ["Today I worked on", "I am worried about", "We finally sorted out", "I keep putting off", "The team pushed back on", "I will follow up on"];
const TOPICS = ["the pricing page", "hiring a sales lead", "the seed round", "our churn numbers", "the London launch", "the partner contract", "onboarding for new customers", "the board deck"];
const TAILS = ["before Friday.", "and it went better than expected.", "because the budget is tight.", "with the investors next week.", "and I feel stuck.", "so we can close the quarter well."];
const COACH = "What would a good outcome look like, and what is the first step you could take tomorrow?";

async function seed(db: Db, now: Date): Promise<void> {
  const random = createSeededRandom(2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  // Each user's check-ins run from 09:00 to 16:30 on their own local yesterday.
  const morningOf = (timezone: string) => startOfLocalDay(addDays(localDayOf(now, timezone), -1), timezone).getTime() + 9 * 60 * 60_000;
  for (let start = 0; start < USERS; start += INSERT_CHUNK) {
    const count = Math.min(INSERT_CHUNK, USERS - start);
    const created = await db
      .insert(users)
      .values(Array.from({ length: count }, (_, i) => ({ authProvider: "local" as const, authSubject: `bench-${start + i}`, email: `bench-${start + i}@example.com`, timezone: TIMEZONES[(start + i) % TIMEZONES.length] as string })))
      .returning({ id: users.id, timezone: users.timezone });
    const morning = new Map(created.map((u) => [u.id, morningOf(u.timezone)]));
    const conversations = await db
      .insert(coachConversations)
      .values(created.map((u) => ({ userId: u.id, sessionType: "check_in" as const, messageCount: USER_MESSAGES * 2, startedAt: new Date(morning.get(u.id) as number) })))
      .returning({ id: coachConversations.id, userId: coachConversations.userId });
    const messages = conversations.flatMap((c) =>
      Array.from({ length: USER_MESSAGES * 2 }, (_, i) => ({
        conversationId: c.id,
        userId: c.userId,
        role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
        content: i % 2 === 0 ? `${pick(OPENERS)} ${pick(TOPICS)} ${pick(TAILS)} ${pick(OPENERS)} ${pick(TOPICS)}.` : COACH,
        createdAt: new Date((morning.get(c.userId) as number) + i * 30 * 60_000),
      })),
    );
    for (let m = 0; m < messages.length; m += INSERT_CHUNK * 4) await db.insert(coachMessages).values(messages.slice(m, m + INSERT_CHUNK * 4));
  }
}

const now = new Date("2026-11-24T10:00:00Z");
const database = await createDatabase({ driver: "pglite" });
await seed(database.db, now);

let started = performance.now();
const first = await runDailySummaries({ db: database.db, now });
const seconds = (performance.now() - started) / 1000;
started = performance.now();
const second = await runDailySummaries({ db: database.db, now });
const rerunSeconds = (performance.now() - started) / 1000;
await database.close();

const row = {
  name: "coach-daily-summary-offline",
  users: USERS,
  messagesPerUser: USER_MESSAGES * 2,
  summarised: first.summarised,
  failed: first.failed,
  seconds: round(seconds, 2),
  usersPerSecond: round(USERS / seconds, 0),
  targetSeconds: 60,
  rerunSummarised: second.summarised,
  rerunSeconds: round(rerunSeconds, 2),
  cores: availableParallelism(),
};
console.table([row]);
if (first.summarised !== USERS || second.summarised !== 0) throw new Error(`unexpected counts: ${JSON.stringify({ first, second })}`);
if (!process.env.BENCH_COACH_USERS) writeResult("coach-summaries", [row]);
process.exit(0);
