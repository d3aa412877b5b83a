import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { ConnectProfile } from "../db/schema";
import { ageOn } from "./profile-schema";

// The seeker's and the clip owner's preferences, both ways, on the clip's owner_* copies (`c`).
// Split in two for the planner: the bounds it can estimate from statistics and serve from an index
// (languages the seeker wants, birth dates they can meet), and the rest, which as separate clauses it
// would multiply into a guess of a handful of rows (and then sort every active clip rather than walk
// the created_at index newest first).

export const textArray = (values: readonly string[]) => sql`string_to_array(${values.join(",")}, ',')::text[]`;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The birth date of someone who turns `years` on `now`'s date: born on or before it means at least that age. */
function bornYearsAgo(now: Date, years: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()));
  return isoDay(d);
}

/** Languages and the birth-date range the seeker can be matched with (including the under-18 rule). */
export function seekerBounds(profile: ConnectProfile, now: Date): SQL {
  const adult = bornYearsAgo(now, 18);
  const wanted = profile.prefLanguages.length ? profile.prefLanguages : profile.languages;
  const filters: SQL[] = [
    sql`c.owner_languages && ${textArray(wanted)}`,
    ageOn(profile.birthDate, now) < 18 ? sql`c.owner_birth_date > ${adult}` : sql`c.owner_birth_date <= ${adult}`,
  ];
  if (profile.prefAgeMin !== null) filters.push(sql`c.owner_birth_date <= ${bornYearsAgo(now, profile.prefAgeMin)}`);
  if (profile.prefAgeMax !== null) filters.push(sql`c.owner_birth_date > ${bornYearsAgo(now, profile.prefAgeMax + 1)}`);
  return sql.join(filters, sql` and `);
}

/** Everything else, as one CASE the planner takes as a coin toss: the owner may use Connect now, the
 * seeker fits the owner's preferences, and the owner's gender fits the seeker's. */
export function ownerAccepts(profile: ConnectProfile, now: Date): SQL {
  const myAge = ageOn(profile.birthDate, now);
  const filters: SQL[] = [
    sql`c.owner_email_verified and c.owner_banned_at is null`,
    sql`(c.owner_suspended_until is null or c.owner_suspended_until <= ${now.toISOString()})`,
    sql`(case when cardinality(c.owner_pref_languages) = 0 then c.owner_languages else c.owner_pref_languages end) && ${textArray(profile.languages)}`,
    sql`(c.owner_pref_age_min is null or c.owner_pref_age_min <= ${myAge})`,
    sql`(c.owner_pref_age_max is null or c.owner_pref_age_max >= ${myAge})`,
    profile.gender
      ? sql`(cardinality(c.owner_pref_genders) = 0 or ${profile.gender} = any(c.owner_pref_genders))`
      : sql`cardinality(c.owner_pref_genders) = 0`,
  ];
  if (profile.prefGenders.length) filters.push(sql`c.owner_gender = any(${textArray(profile.prefGenders)})`);
  return sql`(case when ${sql.join(filters, sql` and `)} then true else false end)`;
}
