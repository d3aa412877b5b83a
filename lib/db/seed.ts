import "server-only";
import { seedPresetPersonas } from "../practice/persona/seed-presets";
import type { Db } from "./types";

/** Reference data every database needs (idempotent; runs after migrations). */
export async function seedDatabase({ db }: { db: Db }): Promise<void> {
  await seedPresetPersonas({ db });
}
