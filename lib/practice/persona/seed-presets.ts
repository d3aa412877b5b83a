import "server-only";
import { sql } from "drizzle-orm";
import { personas } from "../../db/schema";
import type { Db } from "../../db/types";
import { presetPersonas } from "./presets";

const presetFields = [
  "name",
  "role",
  "company",
  "industry",
  "personality",
  "difficulty",
  "backstory",
  "hiddenPains",
  "objections",
  "voiceId",
  "systemPrompt",
  "firstMessage",
] as const;

/** Inserts or refreshes the preset personas (run at start-up; idempotent by slug). */
export async function seedPresetPersonas({ db }: { db: Db }): Promise<void> {
  await db
    .insert(personas)
    .values(presetPersonas.map((p) => ({ ...p, ownerId: null })))
    .onConflictDoUpdate({
      target: personas.slug,
      set: Object.fromEntries(presetFields.map((field) => [field, sql.raw(`excluded.${personas[field].name}`)])),
    });
}
