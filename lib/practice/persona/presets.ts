// Ready-made buyers for the Practice picker. No "server-only": the UI lists them.
import { buildPersonaSystemPrompt } from "./persona-prompt";
import { presetSeeds } from "./preset-seeds";
import type { PersonaProfile } from "../types";

export type PresetPersona = PersonaProfile & { slug: string };

/** ElevenLabs premade voices, reused by the composer so generated personas can speak too. */
export const presetVoiceIds = [
  "21m00Tcm4TlvDq8ikWAM",
  "AZnzlk1XvdvUeBnXmlld",
  "EXAVITQu4vr4xnAGqlGY",
  "ErXwobaYiN019PkySvjV",
  "MF3mGyEYCl7XYWbV7ybB",
  "TxGEqnHWrfWFTfGW9XTi",
  "VR6AewLTigWG4xSOukaG",
  "pNInz6obpgDQGcFmaJgB",
  "yoZ06aMxZJJ28mfd3POQ",
] as const;

export const presetPersonas: PresetPersona[] = presetSeeds.map((seed) => ({
  ...seed,
  systemPrompt: buildPersonaSystemPrompt(seed),
}));

export function findPresetPersona({ slug }: { slug: string }): PresetPersona | undefined {
  return presetPersonas.find((preset) => preset.slug === slug);
}
