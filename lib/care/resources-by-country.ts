import { CRISIS_RESOURCES, type CrisisResource } from "./crisis-resources";

// Crisis lines by country (ISO 3166 alpha-2), each one a free national service we list by name.
// Anywhere else gets the emergency-number line and Find A Helpline, which covers most countries.

const EMERGENCY = CRISIS_RESOURCES[0]!;
const FIND_A_HELPLINE: CrisisResource = {
  where: "Your country",
  who: "Find A Helpline",
  how: "findahelpline.com lists free, confidential lines where you are",
};

const BY_COUNTRY: Record<string, CrisisResource[]> = {
  GB: [{ where: "UK", who: "Samaritans", how: "call 116 123, free, day or night" }, { where: "UK", who: "Shout", how: "text SHOUT to 85258" }],
  IE: [{ where: "Ireland", who: "Samaritans", how: "call 116 123, free, day or night" }, { where: "Ireland", who: "Text About It", how: "text HELLO to 50808" }],
  US: [{ where: "US", who: "the 988 Suicide & Crisis Lifeline", how: "call or text 988" }, { where: "US", who: "Crisis Text Line", how: "text HOME to 741741" }],
  CA: [{ where: "Canada", who: "9-8-8 Suicide Crisis Helpline", how: "call or text 988" }],
  AU: [{ where: "Australia", who: "Lifeline", how: "call 13 11 14 or text 0477 13 11 14" }],
  NZ: [{ where: "New Zealand", who: "Need to talk?", how: "call or text 1737" }],
  FR: [{ where: "France", who: "3114, the national suicide prevention line", how: "call 3114, free, day or night" }],
  DE: [{ where: "Germany", who: "TelefonSeelsorge", how: "call 0800 111 0 111 or 0800 111 0 222" }],
  ES: [{ where: "Spain", who: "Línea 024", how: "call 024, free, day or night" }],
  NL: [{ where: "Netherlands", who: "113 Zelfmoordpreventie", how: "call 113 or 0800 0113" }],
};

/** The lines for a country (emergency number first, Find A Helpline last); unknown or no country
 * falls back to the shipped general table. */
export function crisisResourcesFor(country?: string | null): CrisisResource[] {
  const local = country ? BY_COUNTRY[country.toUpperCase()] : undefined;
  if (!local) return [...CRISIS_RESOURCES];
  return [EMERGENCY, ...local, FIND_A_HELPLINE];
}
