import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows";
import type { Db } from "../db/types";
import { CONNECT_EMOTIONS, type ConnectEmotionScores } from "../emotion/emotions";

// The emotion vector lives in connect_clips.emotions (real[8], everywhere) and, where pgvector was
// present at migration time, also in connect_clips.emotion_vec (vector(8)), which matching prefers.

const hasVectorColumn = new WeakMap<Db, Promise<boolean>>();

export function clipsHaveVectorColumn(db: Db): Promise<boolean> {
  let known = hasVectorColumn.get(db);
  if (!known) {
    known = db
      .execute(sql`select 1 from information_schema.columns
        where table_schema = current_schema() and table_name = 'connect_clips' and column_name = 'emotion_vec'`)
      .then((result) => rowsOf(result).length > 0);
    hasVectorColumn.set(db, known);
  }
  return known;
}

export const vectorLiteral = (vector: readonly number[]) => `[${vector.map((v) => Number(v).toFixed(4)).join(",")}]`;

/** Below this everywhere, a clip reads as neutral; it is stored as a little calm so cosine is defined. */
const NEUTRAL_FLOOR = 0.05;
const NEUTRAL_CALM = 0.3;

export function toMatchVector(scores: ConnectEmotionScores): number[] {
  const vector = CONNECT_EMOTIONS.map((e) => Math.min(1, Math.max(0, scores[e])));
  if (vector.every((v) => v < NEUTRAL_FLOOR)) vector[CONNECT_EMOTIONS.indexOf("calm")] = NEUTRAL_CALM;
  return vector;
}

export function scoresOf(vector: readonly number[] | null): ConnectEmotionScores | null {
  if (!vector) return null;
  return Object.fromEntries(CONNECT_EMOTIONS.map((e, i) => [e, vector[i] ?? 0])) as ConnectEmotionScores;
}

/** Writes the vector to both columns (the pgvector one when it exists). */
export async function storeClipVector({ db, clipId, vector, engine }: { db: Db; clipId: string; vector: number[]; engine: string }) {
  const array = sql`${`{${vector.map((v) => Number(v).toFixed(4)).join(",")}}`}::real[]`;
  if (await clipsHaveVectorColumn(db)) {
    await db.execute(sql`update connect_clips set emotions = ${array}, emotion_vec = ${vectorLiteral(vector)}::vector,
      emotion_engine = ${engine} where id = ${clipId}`);
  } else {
    await db.execute(sql`update connect_clips set emotions = ${array}, emotion_engine = ${engine} where id = ${clipId}`);
  }
}
