import type { Persona } from "../../db/schema";
import type { Difficulty, PersonaProfile, Personality } from "../types";

export function toPersonaProfile(p: Persona): PersonaProfile {
  return {
    name: p.name,
    role: p.role,
    company: p.company,
    industry: p.industry,
    personality: p.personality as Personality,
    difficulty: p.difficulty as Difficulty,
    backstory: p.backstory,
    hiddenPains: p.hiddenPains,
    objections: p.objections,
    voiceId: p.voiceId,
    systemPrompt: p.systemPrompt,
    firstMessage: p.firstMessage,
  };
}
