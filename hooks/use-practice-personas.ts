"use client";

import { useQuery } from "@tanstack/react-query";
import type { PublicPersona } from "@/components/practice/api-types";
import type { Difficulty, Personality } from "@/lib/practice/types";
import { apiRequest, type ApiError } from "./api-request";

export const personasQueryKey = ["practice", "personas"] as const;

export type GeneratePersonaInput = { industry: string; role: string; personality: Personality; difficulty: Difficulty };
export type GeneratedPersona = { persona: PublicPersona; generatedBy: "gemini" | "groq" | "openai" | "offline" };

/** Presets and the user's own personas. */
export function usePersonas() {
  return useQuery<PublicPersona[], ApiError>({
    queryKey: personasQueryKey,
    queryFn: async () => (await apiRequest<{ personas: PublicPersona[] }>("/api/personas")).personas,
  });
}
