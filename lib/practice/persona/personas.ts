import "server-only";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { z } from "zod";
import { generateJson } from "../../ai/llm";
import { personas, type Persona } from "../../db/schema";
import type { Db } from "../../db/types";
import { notFound } from "../../http";
import "../engines";
import { personaPrompt } from "../prompts";
import { toPersonaProfile } from "./persona-profile";
import { personaProfileSchema, type generatePersonaSchema } from "../schemas";

/** What the rep may see of a persona: never its hidden pains or the prompt that plays it. */
export function toPublicPersona(p: Persona) {
  const { hiddenPains, systemPrompt, ...visible } = toPersonaProfile(p);
  return { id: p.id, preset: p.ownerId === null, ...visible, createdAt: p.createdAt.toISOString() };
}

export type PublicPersona = ReturnType<typeof toPublicPersona>;

const visibleTo = (userId: string) => or(isNull(personas.ownerId), eq(personas.ownerId, userId));

/** Presets and the user's own personas; never another user's. */
export async function listPersonas({ db, userId }: { db: Db; userId: string }) {
  const rows = await db.select().from(personas).where(visibleTo(userId)).orderBy(asc(personas.ownerId), asc(personas.name));
  return rows.map(toPublicPersona);
}

/** A persona the user may call: a preset or their own (404 otherwise, whether or not it exists). */
export async function getPersonaForUser({ db, userId, personaId }: { db: Db; userId: string; personaId: string }) {
  const [row] = await db.select().from(personas).where(and(eq(personas.id, personaId), visibleTo(userId)));
  if (!row) throw notFound("persona");
  return row;
}

export async function generatePersona({
  db,
  userId,
  input,
}: {
  db: Db;
  userId: string;
  input: z.infer<typeof generatePersonaSchema>;
}) {
  const { data, provider } = await generateJson({
    db,
    userId,
    task: "persona",
    schema: personaProfileSchema,
    prompt: personaPrompt(input),
    temperature: 0.7,
    context: input,
  });
  const [row] = await db
    .insert(personas)
    .values({ ...data, ownerId: userId, personality: input.personality, difficulty: input.difficulty })
    .returning();
  if (!row) throw new Error("persona insert returned no row");
  return { persona: toPublicPersona(row), generatedBy: provider };
}
