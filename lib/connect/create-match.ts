import "server-only";
import { inArray } from "drizzle-orm";
import { connectMatches, connectProfiles, connectWaits, type ConnectMatch } from "../db/schema";
import type { Db } from "../db/types";
import { notify } from "../notifications/notify";
import { publish } from "../realtime/bus";
import type { MatchMode } from "../db/schema/connect";
import { toMatchView, type MatchView } from "./match-view";
import { explainForHelper, explainMatch } from "./reason";
import { encodeReason } from "./reason-words";
import { getPreferredLanguage } from "../account/preferred-language";
import { translatorFor } from "../i18n/translator";

export const MATCH_TTL_MS = 10 * 60_000;

type Side = { userId: string; clipId: string; vector: number[] };

async function displayNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ userId: connectProfiles.userId, displayName: connectProfiles.displayName })
    .from(connectProfiles)
    .where(inArray(connectProfiles.userId, ids));
  return new Map(rows.map((r) => [r.userId, r.displayName]));
}

/** Records the match (A asked, B was found), clears both people's waits, and tells both: a
 * `match.found` event on user:{id} and a notification (in-app, push). Returns A's view. */
export async function createMatch({
  db,
  a,
  b,
  mode,
  score,
  now = new Date(),
}: {
  db: Db;
  a: Side;
  b: Side;
  mode: MatchMode;
  score: number;
  now?: Date;
}): Promise<{ match: ConnectMatch; viewForA: MatchView }> {
  const forA = explainMatch({ mode, mine: a.vector, theirs: b.vector });
  const forB =
    mode === "similar"
      ? explainMatch({ mode, mine: b.vector, theirs: a.vector })
      : { reason: explainForHelper({ asker: a.vector, helper: b.vector }) };
  const [match] = await db
    .insert(connectMatches)
    .values({
      userAId: a.userId,
      userBId: b.userId,
      clipAId: a.clipId,
      clipBId: b.clipId,
      mode,
      score,
      reason: encodeReason(forA.reason),
      reasonB: encodeReason(forB.reason),
      sharedEmotions: forA.sharedEmotions,
      expiresAt: new Date(now.getTime() + MATCH_TTL_MS),
    })
    .returning();
  const row = match as ConnectMatch;
  await db.delete(connectWaits).where(inArray(connectWaits.userId, [a.userId, b.userId]));
  const names = await displayNames(db, [a.userId, b.userId]);
  // Each is told in their own language; the notification's body is the reason from their side.
  const tell = async (me: string, other: string): Promise<MatchView> => {
    const language = await getPreferredLanguage({ db, userId: me });
    const t = translatorFor(language);
    const otherName = names.get(other) ?? t("Notices.someone");
    const view = toMatchView(row, me, otherName, language);
    await publish({ db, channel: `user:${me}`, type: "match.found", payload: { matchId: row.id } });
    await notify({
      db,
      userId: me,
      kind: "connect.match",
      title: t("Notices.match.title", { name: otherName }),
      body: view.reason,
      url: `/connect?match=${row.id}`,
      data: { matchId: row.id },
    });
    return view;
  };
  const viewForA = await tell(a.userId, b.userId);
  await tell(b.userId, a.userId);
  return { match: row, viewForA };
}
