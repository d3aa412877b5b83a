// Words the Practice UI shows for the API's enums and engine names.
import { modeInstructions } from "@/lib/practice/mode-instructions";
import type { CallMode, Difficulty, Personality, RubricCategory } from "@/lib/practice/types";

export const modeLabel = (mode: CallMode) => modeInstructions[mode].label;

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

/** "offline" (or anything starting with it) is our rubric engine; otherwise the vendor's name. */
export function scorerLabel(scorer: string): string {
  if (scorer.startsWith("offline")) return "Offline rubric";
  const vendor = scorer.split(/[:/]/)[0] ?? scorer;
  return vendorNames[vendor] ?? scorer;
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}
