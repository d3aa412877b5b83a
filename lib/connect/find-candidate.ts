import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "../db/rows";
import type { ConnectProfile } from "../db/schema";
import type { Db } from "../db/types";
import { ageOn } from "./profile-schema";
import { clipsHaveVectorColumn, vectorLiteral } from "./clip-vector";
import { excludedUserIds } from "./exclusions";

// The best other person's clip for a target vector: completed in the last 24 h, from a verified,
// unrestricted user who is not excluded (blocks, reports, 7-day rule), inside each other's
// preferences (languages, ages, genders) and on the same side of 18. Ranked by cosine: pgvector's
// <=> where the column exists, else the same cosine computed from the real[] in SQL.
// The ranking is exact among the CANDIDATE_WINDOW most recent fitting clips (newest first down the
// partial created_at index): the people most likely still around, and a bounded cost however many
// clips are active (100,000 in bench/connect-matching.ts).

export const CLIP_TTL_MS = 24 * 60 * 60_000;
export const CANDIDATE_WINDOW = 500;

export type Seeker = { userId: string; profile: ConnectProfile; emailVerified?: boolean };
export type Candidate = { clipId: string; userId: string; emotions: number[]; score: number };

const textArray = (values: readonly string[]) => sql`string_to_array(${values.join(",")}, ',')::text[]`;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The birth date of someone who turns `years` on `now`'s date: born on or before it means at least that age. */
function bornYearsAgo(now: Date, years: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()));
  return isoDay(d);
}

function cosineExpression(target: readonly number[], useVector: boolean): SQL {
  if (useVector) return sql`(1 - (c.emotion_vec <=> ${vectorLiteral(target)}::vector))`;
  const q = target.map((v) => Number(v).toFixed(4));
  const qNorm = Math.sqrt(target.reduce((s, v) => s + v * v, 0)) || 1;
  const dot = q.map((v, i) => `c.emotions[${i + 1}] * ${v}`).join(" + ");
  const norm = q.map((_, i) => `c.emotions[${i + 1}] * c.emotions[${i + 1}]`).join(" + ");
  return sql.raw(`((${dot}) / nullif(sqrt(${norm}) * ${qNorm.toFixed(6)}, 0))`);
}

function preferenceFilters(profile: ConnectProfile, now: Date): SQL {
  const myAge = ageOn(profile.birthDate, now);
  const adult = bornYearsAgo(now, 18);
  const wanted = profile.prefLanguages.length ? profile.prefLanguages : profile.languages;
  const filters: SQL[] = [
    sql`p.languages && ${textArray(wanted)}`,
    sql`(case when cardinality(p.pref_languages) = 0 then p.languages else p.pref_languages end) && ${textArray(profile.languages)}`,
    myAge < 18 ? sql`p.birth_date > ${adult}` : sql`p.birth_date <= ${adult}`,
    sql`(p.pref_age_min is null or p.pref_age_min <= ${myAge})`,
    sql`(p.pref_age_max is null or p.pref_age_max >= ${myAge})`,
    profile.gender ? sql`(cardinality(p.pref_genders) = 0 or ${profile.gender} = any(p.pref_genders))` : sql`cardinality(p.pref_genders) = 0`,
  ];
  if (profile.prefAgeMin !== null) filters.push(sql`p.birth_date <= ${bornYearsAgo(now, profile.prefAgeMin)}`);
  if (profile.prefAgeMax !== null) filters.push(sql`p.birth_date > ${bornYearsAgo(now, profile.prefAgeMax + 1)}`);
  if (profile.prefGenders.length) filters.push(sql`p.gender = any(${textArray(profile.prefGenders)})`);
  return sql.join(filters, sql` and `);
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
  const excluded = [seeker.userId, ...(await excludedUserIds({ db, userId: seeker.userId, now }))];
  const score = cosineExpression(target, await clipsHaveVectorColumn(db));
  const since = new Date(now.getTime() - CLIP_TTL_MS).toISOString();
  // The person checks sit in a LATERAL subquery with LIMIT, which the planner cannot flatten: it
  // must walk clips newest first and probe each owner by primary key, rather than (misjudging the
  // array filters) start from every profile.
  const result = await db.execute(sql`
    select clip_id, user_id, emotions, score from (
      select c.id as clip_id, c.user_id, c.emotions, ${score} as score
      from connect_clips c
      cross join lateral (
        select 1 from users u join connect_profiles p on p.user_id = u.id
        where u.id = c.user_id and u.email_verified and u.banned_at is null
          and (u.suspended_until is null or u.suspended_until <= ${now.toISOString()})
          and ${preferenceFilters(seeker.profile, now)}
        limit 1
      ) fits
      where c.status = 'completed' and c.created_at > ${since} and c.emotions is not null
        ${onlyClipId ? sql`and c.id = ${onlyClipId}` : sql``}
        and c.user_id <> all(${sql.raw(`ARRAY[${excluded.map((id) => `'${id.replace(/[^0-9a-f-]/gi, "")}'`).join(",")}]::uuid[]`)})
      order by c.created_at desc
      limit ${CANDIDATE_WINDOW}
    ) recent
    order by score desc nulls last
    limit 1`);
  const [row] = rowsOf<{ clip_id: string; user_id: string; emotions: number[]; score: number | string | null }>(result);
  if (!row || row.score === null) return null;
  return { clipId: row.clip_id, userId: row.user_id, emotions: row.emotions.map(Number), score: Number(row.score) };
}
