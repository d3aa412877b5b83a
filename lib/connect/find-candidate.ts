import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "../db/rows";
import type { ConnectProfile } from "../db/schema";
import type { Db } from "../db/types";
import { ownerAccepts, seekerBounds } from "./candidate-filters";
import { clipsHaveVectorColumn, vectorLiteral } from "./clip-vector";
import { excludedUserIdsQuery } from "./exclusions";

// The best other person's clip for a target vector: completed in the last 24 h, from a verified,
// unrestricted user who is not excluded (blocks, reports, 7-day rule), inside each other's
// preferences (languages, ages, genders) and on the same side of 18. Ranked by cosine: pgvector's
// <=> where the column exists, else the same cosine computed from the real[] in SQL.
// The ranking is exact among the CANDIDATE_WINDOW most recent fitting clips (newest first down the
// partial created_at index): the people most likely still around, and a bounded cost however many
// clips are active (100,000 in bench/connect-matching.ts). Everything about the owner is read from
// the clip's owner_* copies (kept in step by triggers), so each clip walked costs no extra lookup.

export const CLIP_TTL_MS = 24 * 60 * 60_000;
export const CANDIDATE_WINDOW = 500;

export type Seeker = { userId: string; profile: ConnectProfile; emailVerified?: boolean };
export type Candidate = { clipId: string; userId: string; emotions: number[]; score: number };

// The target goes in as parameters, never as text: one statement for every target, so postgres-js
// keeps one prepared statement per connection rather than one per match request.
function cosineExpression(target: readonly number[], useVector: boolean): SQL {
  if (useVector) return sql`(1 - (c.emotion_vec <=> ${vectorLiteral(target)}::vector))`;
  const qNorm = Math.sqrt(target.reduce((s, v) => s + v * v, 0)) || 1;
  const dot = sql.join(target.map((v, i) => sql`c.emotions[${sql.raw(String(i + 1))}] * ${Number(v)}::real`), sql` + `);
  const norm = sql.raw(target.map((_, i) => `c.emotions[${i + 1}] * c.emotions[${i + 1}]`).join(" + "));
  return sql`((${dot}) / nullif(sqrt(${norm}) * ${qNorm}::double precision, 0))`;
}

export async function findCandidate({
  db,
  seeker,
  target,
  now = new Date(),
  onlyClipId,
}: {
  db: Db;
  seeker: Seeker;
  target: readonly number[];
  now?: Date;
  /** Consider just this clip (a new clip tested against someone who is waiting). */
  onlyClipId?: string;
}): Promise<Candidate | null> {
  const score = cosineExpression(target, await clipsHaveVectorColumn(db));
  const since = new Date(now.getTime() - CLIP_TTL_MS).toISOString();
  const result = await db.execute(sql`
    select clip_id, user_id, emotions, score from (
      select c.id as clip_id, c.user_id, c.emotions, ${score} as score
      from connect_clips c
      where c.status = 'completed' and c.created_at > ${since} and c.emotions is not null
        ${onlyClipId ? sql`and c.id = ${onlyClipId}` : sql``}
        and ${seekerBounds(seeker.profile, now)}
        and c.user_id <> ${seeker.userId}
        and c.user_id <> all(array(${excludedUserIdsQuery({ userId: seeker.userId, now })}))
        and ${ownerAccepts(seeker.profile, now)}
      order by c.created_at desc
      limit ${CANDIDATE_WINDOW}
    ) recent
    order by score desc nulls last
    limit 1`);
  const [row] = rowsOf<{ clip_id: string; user_id: string; emotions: number[]; score: number | string | null }>(result);
  if (!row || row.score === null) return null;
  return { clipId: row.clip_id, userId: row.user_id, emotions: row.emotions.map(Number), score: Number(row.score) };
}
