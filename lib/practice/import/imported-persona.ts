import { detectObjection, isRude, splitSentences } from "../lexicon";
import { buildPersonaSystemPrompt, type PersonaFields } from "../persona-prompt";
import { presetVoiceIds } from "../presets";
import type { Personality, PersonaProfile, TranscriptLine } from "../types";

// A persona composed from the buyer's side of a real call: what they objected to and the problems
// they described become the objections and hidden pains a re-practice call plays back.

const PAIN_CUE =
  /\b(problem|struggl\w*|pain|frustrat\w*|takes? (too )?(long|forever)|too slow|slow|manual(ly)?|costs? us|losing|lose|wast\w*|hard to|difficult|headache|issue|broken|churn\w*|behind|mess|chasing|spreadsheet)\b/i;
const MAX_PAINS = 6;
const MAX_OBJECTIONS = 8;

const unique = (items: string[]) => [...new Set(items.map((item) => item.trim()).filter(Boolean))];
const clip = (text: string, max = 300) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function personalityOf(buyerLines: TranscriptLine[], objections: number): Personality {
  if (buyerLines.some((line) => isRude(line.content))) return "hostile";
  if (objections >= 3) return "skeptical";
  const words = buyerLines.reduce((sum, line) => sum + line.content.split(/\s+/).length, 0) / Math.max(1, buyerLines.length);
  return words < 8 ? "busy" : "friendly";
}

export function composeImportedPersona({ name, transcript, importedOn }: { name: string; transcript: TranscriptLine[]; importedOn: string }): PersonaProfile {
  const buyerLines = transcript.filter((line) => line.role === "persona");
  const sentences = buyerLines.flatMap((line) => splitSentences(line.content));
  const objections = unique(sentences.filter((s) => detectObjection(s) !== null)).slice(0, MAX_OBJECTIONS).map((s) => clip(s));
  const pains = unique(sentences.filter((s) => PAIN_CUE.test(s) && detectObjection(s) === null)).slice(0, MAX_PAINS).map((s) => clip(s));
  const opener = buyerLines[0]?.content ?? "";
  const fields: PersonaFields = {
    name: clip(name, 80),
    role: "Buyer on a real call",
    company: "their company",
    industry: "from an imported call",
    personality: personalityOf(buyerLines, objections.length),
    difficulty: "medium",
    backstory: clip(`Imported from a real call on ${importedOn}. ${opener ? `They opened with: “${clip(opener, 200)}”` : ""}`.trim(), 2_000),
    // A buyer who voiced no pain or objection still needs one for the persona to hold back and raise.
    hiddenPains: pains.length ? pains : [clip(sentences[0] ?? "They did not say what is hard for them yet.")],
    objections: objections.length ? objections : ["Timing is tricky for us right now."],
    voiceId: presetVoiceIds[0]!,
  };
  return { ...fields, systemPrompt: buildPersonaSystemPrompt(fields), firstMessage: clip(opener || `Hello, ${fields.name} speaking.`, 500) };
}
