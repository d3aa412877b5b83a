// Bulk Connect data for benchmarks: N verified adults with profiles and one completed clip each in
// the last 24 h, random emotion vectors (pgvector column filled where it exists), all speaking English.
// Profiles go in before clips, as in the app, so each clip copies its owner's fields once on insert.
import { sql } from "drizzle-orm";
import type { Db } from "../../lib/db/types";

export async function seedActiveClips({ db, count, withVector }: { db: Db; count: number; withVector: boolean }): Promise<void> {
  const batch = 20_000;
  for (let start = 0; start < count; start += batch) {
    const end = Math.min(count, start + batch);
    await db.execute(sql`
      with made as (
        insert into users (auth_provider, auth_subject, email, email_verified, display_name)
        select 'local', 'bench-' || g || '-' || md5(random()::text), 'bench-' || g || '@example.com', true, 'Bench ' || g
        from generate_series(${start + 1}::int, ${end}::int) as g
        returning id
      )
      insert into connect_profiles (user_id, display_name, birth_date, languages, gender)
      select id, 'Bench', date '1970-01-01' + (random() * 12000)::int, '{en}', (array['woman','man','nonbinary'])[1 + (random() * 2)::int]
      from made`);
    await db.execute(sql`
      insert into connect_clips (user_id, status, content_type, size_bytes, duration_ms, transcript, emotions, processed_at, created_at)
      select p.user_id, 'completed', 'audio/webm', 40000, 12000, 'bench',
        array[random(), random(), random(), random(), random(), random(), random(), random()]::real[],
        now(), now() - (random() * interval '23 hours')
      from connect_profiles p
      where p.display_name = 'Bench' and not exists (select 1 from connect_clips c where c.user_id = p.user_id)`);
  }
  if (withVector) await db.execute(sql.raw("update connect_clips set emotion_vec = emotions::vector"));
  await db.execute(sql`analyze`);
}
