// Words the Practice UI shows for the API's enums and engine names.
import type { PublicCall } from "./api-types";
import { modeInstructions } from "@/lib/practice/mode-instructions";
import type { CallMode, Difficulty, Personality, RubricCategory } from "@/lib/practice/types";

export const modeLabel = (mode: CallMode) => modeInstructions[mode].label;

export const callStatusLabels: Record<PublicCall["status"], string> = {
  pending: "Not started",
  active: "In progress",
  completed: "Ended",
  failed: "Could not start",
};

export const personalityLabels: Record<Personality, string> = {
  skeptical: "Skeptical",
  busy: "Busy",
  friendly: "Friendly",
  technical: "Technical",
  hostile: "Hostile",
};

export const difficultyLabels: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

export const categoryLabels: Record<RubricCategory, string> = {
  opening: "Opening",
  discovery: "Discovery",
  objectionHandling: "Objection handling",
  communication: "Communication",
  closing: "Closing",
};

const vendorNames: Record<string, string> = { gemini: "Gemini", groq: "Groq", openai: "OpenAI" };

/** "offline" (or anything starting with it) is the built-in rubric; otherwise the vendor's name. */
export function scorerLabel(scorer: string): string {
  if (scorer.startsWith("offline")) return "Built-in engine";
  const vendor = scorer.split(/[:/]/)[0] ?? scorer;
  return vendorNames[vendor] ?? scorer;
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** "3 Dec 2026, 14:05" in the user's timezone, naming the zone when it is not the browser's own. */
export function formatDate(iso: string, timeZone?: string): string {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const named = timeZone !== undefined && timeZone !== browserZone;
  return new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    ...(named ? { timeZoneName: "short" as const } : {}),
  });
}
