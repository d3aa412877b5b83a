// Picks one or two practices from a playbook entry and fits them to the user: their company's stage,
// team size, listed challenges and coaching style. Practices already given in this conversation are
// not repeated. No "server-only": pure.
import type { PlaybookEntry } from "../playbook";

export type CoachStyle = "strategic" | "tactical" | "supportive";

export type CoachProfile = {
  stage?: string | null;
  teamSize?: number | null;
  keyChallenges?: string[];
};

const PEOPLE_TOPICS = new Set(["hiring", "delegation", "leadership"]);

export function stageOf(stage: string | null | undefined): "early" | "growth" | null {
  if (!stage) return null;
  if (/idea|pre-?seed|pre-?revenue|seed|early|mvp|bootstrap|start/i.test(stage)) return "early";
  if (/series|growth|scal|expan|mature/i.test(stage)) return "growth";
  return null;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The practices to offer now: the stage-specific one first when there is one, minus any given before. */
export function choosePractices({ entry, profile, said, count }: { entry: PlaybookEntry; profile?: CoachProfile | null; said: string[]; count: number }): string[] {
  const stage = stageOf(profile?.stage);
  const staged = stage ? entry.byStage?.[stage] : undefined;
  const ordered = staged ? [staged, ...entry.practices.slice(1)] : entry.practices;
  const fresh = ordered.filter((practice) => !said.some((text) => text.includes(lowerFirst(practice).slice(0, 40)) || text.includes(practice.slice(0, 40))));
  return fresh.slice(0, count);
}

/** A sentence tying the advice to the profile, when the profile says something relevant. */
export function fitToProfile({ entry, profile }: { entry: PlaybookEntry; profile?: CoachProfile | null }): string | null {
  const challenge = profile?.keyChallenges?.find((item) => entry.keywords.some((keyword) => item.toLowerCase().includes(keyword.toLowerCase())));
  if (challenge) return `You listed “${challenge}” as one of your key challenges, so this is worth the time.`;
  if (profile?.teamSize && PEOPLE_TOPICS.has(entry.topic)) {
    return profile.teamSize <= 5
      ? `With a team of ${profile.teamSize}, keep it light — one conversation or one page, not a process.`
      : `With ${profile.teamSize} people, write it down once so it doesn't depend on you repeating it.`;
  }
  return null;
}

/** The advice itself, phrased for the user's coaching style. */
export function phraseAdvice({ practices, style, direct, entry }: { practices: string[]; style: CoachStyle; direct: boolean; entry: PlaybookEntry }): string {
  const [first, second] = practices;
  if (!first) return direct ? entry.answer : "";
  if (direct) return `${entry.answer} One thing to try this week: ${lowerFirst(first)}`;
  if (style === "tactical") return second ? `Two steps for this week: 1) ${first} 2) ${second}` : `A step for this week: ${first}`;
  if (style === "supportive") return `One small step that often helps ${entry.whenItApplies}: ${lowerFirst(first)}`;
  return second
    ? `What tends to work ${entry.whenItApplies}: ${lowerFirst(first)} Then ${lowerFirst(second)}`
    : `What tends to work ${entry.whenItApplies}: ${lowerFirst(first)}`;
}
