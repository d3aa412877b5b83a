import "server-only";
import { embedTextLocally } from "../../ai/local-embedding";
import { detectObjection, splitSentences } from "../rubric/lexicon";
import { hashText } from "./persona-replies";
import type { Difficulty, PersonaProfile } from "../types";
import { industryFactsFor } from "./industry-facts";

// Everything the offline buyer can say about their business, derived only from the persona's stored
// fields (backstory, pains, objections, industry, difficulty), so the same persona always has the
// same facts. Pains are hidden; the engine reveals them only to good questions.

export const factTopics = ["team", "company", "tools", "process", "pain", "impact", "budget", "timeline", "decision"] as const;
export type FactTopic = (typeof factTopics)[number];

export type Fact = { id: string; topic: FactTopic; text: string; painIndex?: number; vector: number[] };
export type FactSheet = { facts: Fact[] };

const spendLimits: Record<Difficulty, number> = { easy: 10_000, medium: 25_000, hard: 50_000 };
const firstPersonVerbs: Record<string, string> = {
  runs: "run", manages: "manage", oversees: "oversee", leads: "lead", buys: "buy", gets: "get", starts: "start",
  fights: "fight", takes: "take", sells: "sell", knows: "know", judges: "judge", trusts: "trust", wants: "want",
  resents: "resent", hates: "hate", needs: "need", enjoys: "enjoy", answers: "answer", asks: "ask", guards: "guard",
  is: "am", has: "have", still: "still",
};
const verbs = new RegExp(`\\b(${Object.keys(firstPersonVerbs).join("|")})\\b`, "g");

/** "Dana runs a 40-rep team. The board asks her for forecasts" → "I run a 40-rep team. The board asks me for forecasts". */
export function toFirstPerson({ sentence, firstName }: { sentence: string; firstName: string }): string {
  const subject = new RegExp(`^(${firstName}|She|He)\\b`);
  const spoken = subject.test(sentence) ? sentence.replace(subject, "I").replace(verbs, (verb) => firstPersonVerbs[verb] ?? verb) : sentence;
  return spoken
    .replace(new RegExp(`\\b(?:she|he|${firstName}) (is|has)\\b`, "g"), (_, verb: string) => (verb === "is" ? "I am" : "I have"))
    .replace(/\b(she|he)\b/g, "I")
    .replace(/\b(her|him)(?=\s+(for|to|about|and|with|on|in)\b|[.,!?]|$)/g, "me")
    .replace(/\b(her|his)\b/g, "my")
    .replace(/\b(herself|himself)\b/g, "myself");
}

const ABBREVIATION = /\b(Co|Inc|Ltd|Corp|St|Dr|Mr|Mrs|Ms|Jr|vs|a\.m|p\.m|U\.S)\.$/i;

/** Sentences of the backstory, without breaking at "Summit Co." or "5 a.m.". */
function splitStory(text: string): string[] {
  return splitSentences(text).reduce<string[]>((sentences, piece) => {
    const previous = sentences.at(-1);
    if (previous && ABBREVIATION.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
    return sentences;
  }, []);
}

/** Capitalised names in the objections that are systems the buyer already has ("Gong", "NetSuite"). */
function namedSystems(objections: string[]): string[] {
  const notSystems = /^(I|HIPAA|FERPA|RFP|ROI|API|Our|We|How|Does|Are|Send|Budget|Every|Honestly|Corporate|Purchases|Your|My|Now|Money|Anything|Any|Nothing|Stop|Listen)$/;
  const names = objections.flatMap((objection) =>
    [...objection.matchAll(/(?<!^)\b([A-Z][A-Za-z]+(?: (?:Plus|Workspace|[A-Z][A-Za-z]+))*)\b(?! (?:lead|team|manager|director|review|vote))/g)].map((match) => match[1]!),
  );
  return [...new Set(names.filter((name) => !notSystems.test(name)))].map((name) => (/^[A-Z]{2,}$/.test(name) ? `our ${name}` : name));
}

/** The persona's cost of a pain, part of its fictional fact sheet: a stable number of hours derived
 * from a hash of the company and the pain, priced at a loaded $55 an hour over 48 working weeks. */
function impactOf({ seed }: { seed: number }): string {
  const hours = 4 + (seed % 9);
  const yearly = Math.round((hours * 48 * 55) / 1000);
  return `If I had to put a number on that, it costs us around ${hours} hours a week across the team, roughly $${yearly},000 a year.`;
}

function buildFacts(persona: PersonaProfile): Omit<Fact, "vector">[] {
  const firstName = persona.name.split(/\s+/)[0] ?? persona.name;
  const industry = industryFactsFor(persona.industry);
  const story = splitStory(persona.backstory).map((sentence) => toFirstPerson({ sentence, firstName }));
  const teamSentence = story.find((sentence) => /\d|team|staff|people|agents|reps/i.test(sentence)) ?? `I'm the ${persona.role} at ${persona.company}.`;
  const systems = namedSystems(persona.objections);
  const kinds = persona.objections.map((objection) => detectObjection(objection));
  const limit = spendLimits[persona.difficulty];
  const budgetTight = kinds.includes("price");
  const facts: Omit<Fact, "vector">[] = [
    { id: "team", topic: "team", text: teamSentence },
    ...story.filter((sentence) => sentence !== teamSentence).map((text, index) => ({ id: `company-${index}`, topic: "company" as const, text })),
    { id: "tools", topic: "tools", text: `Today we run on ${industry.tools}${systems.length ? `, plus ${systems.join(" and ")}` : ""}.` },
    { id: "process", topic: "process", text: `The way it works now: ${industry.process}.` },
    {
      id: "budget",
      topic: "budget",
      text: `${industry.budgetCycle.charAt(0).toUpperCase()}${industry.budgetCycle.slice(1)}, and anything over $${limit.toLocaleString("en-US")} needs sign-off${budgetTight ? " — and this year's money is mostly committed" : ", so there's room if the case is clear"}.`,
    },
    { id: "timeline", topic: "timeline", text: `On timing: ${industry.timeline}.` },
    { id: "decision", topic: "decision", text: `I'd have a say, but ${industry.approver} would have to agree before anything is signed.` },
  ];
  persona.hiddenPains.forEach((pain, painIndex) => {
    facts.push({ id: `pain-${painIndex}`, topic: "pain", text: pain, painIndex });
    facts.push({ id: `impact-${painIndex}`, topic: "impact", text: impactOf({ seed: hashText(`${persona.company}|${pain}`) }), painIndex });
  });
  return facts;
}

// Personas are few and immutable once stored, so their sheets (and fact embeddings) are cached.
const cache = new Map<string, FactSheet>();
const MAX_CACHED = 500;

export function buildFactSheet(persona: PersonaProfile): FactSheet {
  const key = hashText(JSON.stringify([persona.name, persona.company, persona.industry, persona.difficulty, persona.backstory, persona.hiddenPains, persona.objections])).toString(36);
  const cached = cache.get(key);
  if (cached) return cached;
  const sheet = { facts: buildFacts(persona).map((fact) => ({ ...fact, vector: embedTextLocally({ text: fact.text }) })) };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, sheet);
  return sheet;
}
