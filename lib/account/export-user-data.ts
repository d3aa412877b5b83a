import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import {
  authAccounts,
  authSessions,
  callScoreDisputes,
  callScores,
  calls,
  llmCalls,
  notificationPreferences,
  notifications,
  personas,
  pushSubscriptions,
  transcriptEntries,
  usageEvents,
  users,
  userStats,
} from "../db/schema";
import type { Db } from "../db/types";
import { notFound } from "../http";
import { exportConnectData } from "../connect/export-connect-data";
import { exportRoomData } from "../media/account-room-data";
import { exportTranslateData } from "../translation/account-data";
import { exportWellbeingData } from "../wellbeing/export-wellbeing-data";
import { exportCoachData } from "./export-coach-data";
import { toPublicUser } from "./profile";

type Section = (args: { db: Db; userId: string; authSubject: string | null }) => Promise<unknown>;

// Each pillar adds the rows it owns here, so "export all my data" stays complete as Cadence grows.
const sections: Record<string, Section> = {
  stats: async ({ db, userId }) =>
    (await db.select().from(userStats).where(eq(userStats.userId, userId)))[0] ?? null,
  usageEvents: ({ db, userId }) =>
    db.select().from(usageEvents).where(eq(usageEvents.userId, userId)).orderBy(desc(usageEvents.createdAt)),
  aiCalls: ({ db, userId }) =>
    db.select().from(llmCalls).where(eq(llmCalls.userId, userId)).orderBy(desc(llmCalls.createdAt)),
  personas: async ({ db, userId }) => db.select().from(personas).where(eq(personas.ownerId, userId)),
  practiceCalls: async ({ db, userId }) => {
    const own = await db.select().from(calls).where(eq(calls.userId, userId)).orderBy(desc(calls.createdAt));
    const ids = own.map((c) => c.id);
    if (ids.length === 0) return [];
    const [entries, scores, disputes] = await Promise.all([
      db.select().from(transcriptEntries).where(inArray(transcriptEntries.callId, ids)),
      db.select().from(callScores).where(inArray(callScores.callId, ids)),
      db.select().from(callScoreDisputes).where(inArray(callScoreDisputes.callId, ids)),
    ]);
    return own.map((call) => ({
      ...call,
      transcript: entries.filter((e) => e.callId === call.id),
      score: scores.find((s) => s.callId === call.id) ?? null,
      disputes: disputes.filter((d) => d.callId === call.id),
    }));
  },
  coach: ({ db, userId }) => exportCoachData({ db, userId }),
  connect: ({ db, userId }) => exportConnectData({ db, userId }),
  rooms: ({ db, userId }) => exportRoomData({ db, userId }),
  translate: ({ db, userId }) => exportTranslateData({ db, userId }),
  wellbeing: ({ db, userId }) => exportWellbeingData({ db, userId }),
  notifications: ({ db, userId }) =>
    db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)),
  notificationPreferences: ({ db, userId }) =>
    db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)),
  pushSubscriptions: ({ db, userId }) =>
    db
      .select({ endpoint: pushSubscriptions.endpoint, userAgent: pushSubscriptions.userAgent, createdAt: pushSubscriptions.createdAt })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId)),
  sessions: async ({ db, authSubject }) =>
    authSubject
      ? db
          .select({
            createdAt: authSessions.createdAt,
            expiresAt: authSessions.expiresAt,
            ipAddress: authSessions.ipAddress,
            userAgent: authSessions.userAgent,
          })
          .from(authSessions)
          .where(eq(authSessions.userId, authSubject))
      : [],
  signInMethods: async ({ db, authSubject }) =>
    authSubject
      ? db
          .select({ provider: authAccounts.providerId, createdAt: authAccounts.createdAt })
          .from(authAccounts)
          .where(eq(authAccounts.userId, authSubject))
      : [],
};

/** Everything Cadence stores about a user, as one JSON document (secrets and hashes left out). */
export async function exportUserData({ db, userId }: { db: Db; userId: string }) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  const authSubject = user.authProvider === "local" ? user.authSubject : null;
  const entries = await Promise.all(
    Object.entries(sections).map(async ([name, load]) => [name, await load({ db, userId, authSubject })] as const),
  );
  return {
    exportedAt: new Date().toISOString(),
    format: "cadence-export/1",
    profile: toPublicUser(user),
    ...Object.fromEntries(entries),
  };
}
