import "server-only";
import { desc, eq, or } from "drizzle-orm";
import { connectClips, connectMatches, connectProfiles, userBlocks, userMutes, userReports } from "../db/schema";
import { getPreferredLanguage } from "../account/preferred-language";
import type { Db } from "../db/types";
import { toClipView } from "./clips";
import { reasonInWords } from "./reason-words";

/** The user's Connect rows for "export all my data": profile, clip metadata (never audio), matches,
 * the blocks and mutes they made and the reports they filed. */
export async function exportConnectData({ db, userId }: { db: Db; userId: string }) {
  const [profile] = await db.select().from(connectProfiles).where(eq(connectProfiles.userId, userId));
  const clips = await db.select().from(connectClips).where(eq(connectClips.userId, userId)).orderBy(desc(connectClips.createdAt));
  const matches = await db
    .select()
    .from(connectMatches)
    .where(or(eq(connectMatches.userAId, userId), eq(connectMatches.userBId, userId)))
    .orderBy(desc(connectMatches.createdAt));
  const blocks = await db.select().from(userBlocks).where(eq(userBlocks.blockerId, userId));
  const mutes = await db.select().from(userMutes).where(eq(userMutes.muterId, userId));
  const reports = await db.select().from(userReports).where(eq(userReports.reporterId, userId));
  const language = await getPreferredLanguage({ db, userId });
  return {
    profile: profile ?? null,
    clips: clips.map((clip) => ({ ...toClipView(clip), contentType: clip.contentType, sizeBytes: clip.sizeBytes })),
    matches: matches.map((m) => ({
      id: m.id,
      otherUserId: m.userAId === userId ? m.userBId : m.userAId,
      mode: m.mode,
      score: m.score,
      reason: reasonInWords(m.userAId === userId ? m.reason : m.reasonB, language),
      sharedEmotions: m.sharedEmotions,
      status: m.status,
      roomId: m.roomId,
      createdAt: m.createdAt,
    })),
    blocks: blocks.map((b) => ({ blockedUserId: b.blockedId, createdAt: b.createdAt })),
    mutes: mutes.map((m) => ({ mutedUserId: m.mutedId, createdAt: m.createdAt })),
    reportsFiled: reports.map((r) => ({ id: r.id, reportedUserId: r.reportedId, reason: r.reason, note: r.note, status: r.status, createdAt: r.createdAt })),
  };
}
