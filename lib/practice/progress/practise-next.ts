import "server-only";
import { desc, eq } from "drizzle-orm";
import { calls } from "../../db/schema";
import type { Db } from "../../db/types";
import { getCategoryTrends } from "./category-trends";
import { listPersonas, type PublicPersona } from "../persona/personas";
import type { CallMode, Difficulty, Personality, RubricCategory } from "../types";

// "Practise this next": the weakest category over the last five scored calls picks the mode that
// exercises it most and the kind of buyer that tests it hardest; its average picks the difficulty.

export type Drill = { mode: CallMode; personalities: Personality[]; why: string };

export const drills: Record<RubricCategory, Drill> = {
  opening: { mode: "cold_call", personalities: ["busy", "skeptical"], why: "a cold call with a busy buyer makes every opening line count" },
  discovery: { mode: "discovery", personalities: ["friendly", "technical"], why: "a discovery call with a buyer who will talk rewards good questions" },
  objectionHandling: {
    mode: "objection_gauntlet",
    personalities: ["skeptical", "hostile"],
    why: "the objection gauntlet with a skeptical buyer brings the most objections to answer",
  },
  communication: { mode: "discovery", personalities: ["technical", "busy"], why: "a technical buyer needs short, clear answers" },
  closing: { mode: "cold_call", personalities: ["busy", "friendly"], why: "a short cold call leaves you one clear chance to ask for the next step" },
};

const categoryWords: Record<RubricCategory, string> = {
  opening: "opening",
  discovery: "discovery",
  objectionHandling: "objection handling",
  communication: "communication",
  closing: "closing",
};

export function difficultyFor(average: number): Difficulty {
  if (average < 50) return "easy";
  if (average < 75) return "medium";
  return "hard";
}

type PersonaChoice = { id: string; name: string; personality: string; difficulty: string };

const difficultyRank: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** The best persona for a drill: preferred personality first, then the nearest difficulty, and not
 * the buyer of the last call when another fits as well; ties by name, so the pick is stable. */
export function pickPersona({
  personas,
  drill,
  difficulty,
  lastPersonaId,
}: {
  personas: PersonaChoice[];
  drill: Drill;
  difficulty: Difficulty;
  lastPersonaId: string | null;
}) {
  const rank = (p: PersonaChoice) => {
    const index = drill.personalities.indexOf(p.personality as Personality);
    return index === -1 ? drill.personalities.length : index;
  };
  const cost = (p: PersonaChoice) =>
    rank(p) * 10 + Math.abs(difficultyRank[p.difficulty as Difficulty] - difficultyRank[difficulty]) * 3 + (p.id === lastPersonaId ? 2 : 0);
  return [...personas].sort((a, b) => cost(a) - cost(b) || a.name.localeCompare(b.name))[0] ?? null;
}

export type PractiseNext = {
  category: RubricCategory;
  average: number;
  mode: CallMode;
  difficulty: Difficulty;
  persona: PublicPersona;
  reason: string;
};

export async function suggestNextPractice({ db, userId }: { db: Db; userId: string }): Promise<PractiseNext | null> {
  const trends = await getCategoryTrends({ db, userId });
  const weakest = trends.filter((t) => t.recent !== null).sort((a, b) => a.recent! - b.recent!)[0];
  if (!weakest || weakest.recent === null) return null;
  const [personas, [last]] = await Promise.all([
    listPersonas({ db, userId }),
    db.select({ personaId: calls.personaId }).from(calls).where(eq(calls.userId, userId)).orderBy(desc(calls.createdAt)).limit(1),
  ]);
  const drill = drills[weakest.category];
  const difficulty = difficultyFor(weakest.recent);
  const persona = pickPersona({ personas, drill, difficulty, lastPersonaId: last?.personaId ?? null });
  if (!persona) return null;
  return {
    category: weakest.category,
    average: weakest.recent,
    mode: drill.mode,
    difficulty,
    persona: personas.find((p) => p.id === persona.id)!,
    reason: `Your ${categoryWords[weakest.category]} averaged ${weakest.recent} over your last calls, your weakest area: ${drill.why}.`,
  };
}
