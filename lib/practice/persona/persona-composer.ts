import "server-only";
import {
  firstNames,
  genericPool,
  genericRole,
  industryPools,
  lastNames,
  personalityObjections,
  roleGroups,
} from "./composer-pools";
import { buildPersonaSystemPrompt, type PersonaFields } from "./persona-prompt";
import { hashText } from "./persona-replies";
import { presetVoiceIds } from "./presets";
import type { Difficulty, PersonaProfile, Personality } from "../types";
import { createSeededRandom } from "../../seeded-random";

// The offline "generate a persona": curated parts picked by a hash of the request, so the same
// request always yields the same buyer and different requests yield different ones.

export type ComposePersonaInput = { industry: string; role: string; personality: Personality; difficulty: Difficulty };

const painCounts: Record<Difficulty, number> = { easy: 2, medium: 3, hard: 4 };
const objectionCounts: Record<Difficulty, number> = { easy: 3, medium: 4, hard: 5 };

const temperament: Record<Personality, string> = {
  skeptical: "has been burned by vendors who overpromised and now asks for proof before anything else",
  busy: "is stretched across too many priorities and guards every minute of the calendar",
  friendly: "enjoys a good conversation and is open to ideas, but answers to others on spending",
  technical: "came up through the technical side and judges vendors by how things actually work",
  hostile: "gets more sales calls than anyone should and has little patience left for them",
};

const openers: Record<Personality, (firstName: string, company: string) => string> = {
  skeptical: (firstName) => `${firstName} speaking.`,
  busy: (firstName) => `${firstName}. I've only got a minute.`,
  friendly: (firstName, company) => `Hi, this is ${firstName} at ${company}, how can I help?`,
  technical: (firstName) => `${firstName} here.`,
  hostile: () => "Yeah?",
};

function pickOne<T>({ items, random }: { items: readonly T[]; random: () => number }): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickSome<T>({ items, count, random }: { items: readonly T[]; count: number; random: () => number }): T[] {
  const shuffled = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key);
  return shuffled.slice(0, count).map(({ item }) => item);
}

export function composePersona({ industry, role, personality, difficulty }: ComposePersonaInput): PersonaProfile {
  const [industryText, roleText] = [industry.trim(), role.trim()];
  const random = createSeededRandom(hashText(JSON.stringify([industryText.toLowerCase(), roleText.toLowerCase(), personality, difficulty])));
  const pool = industryPools.find((candidate) => candidate.aliases.test(industryText)) ?? genericPool;
  const roleGroup = roleGroups.find((group) => group.pattern.test(roleText)) ?? genericRole;

  const firstName = pickOne({ items: firstNames, random });
  const name = `${firstName} ${pickOne({ items: lastNames, random })}`;
  const company = `${pickOne({ items: pool.companyRoots, random })} ${pickOne({ items: pool.companySuffixes, random })}`.trim();
  const years = 2 + Math.floor(random() * 12);
  const painCount = painCounts[difficulty];
  const hiddenPains = [
    ...pickSome({ items: pool.pains, count: painCount - 1, random }),
    pickOne({ items: roleGroup.pains, random }),
  ];
  const objections = [
    personalityObjections[personality],
    ...pool.objections,
    roleGroup.objection,
    "The budget for this year is already spoken for.",
  ].slice(0, objectionCounts[difficulty]);

  const fields: PersonaFields = {
    name,
    role: roleText,
    company,
    industry: industryText,
    personality,
    difficulty,
    backstory: `${firstName} has been ${roleText} at ${company} (${industryText}) for ${years} years. ${pool.context} ${firstName} ${temperament[personality]}.`,
    hiddenPains,
    objections,
    voiceId: pickOne({ items: presetVoiceIds, random }),
  };
  return { ...fields, systemPrompt: buildPersonaSystemPrompt(fields), firstMessage: openers[personality](firstName, company) };
}
