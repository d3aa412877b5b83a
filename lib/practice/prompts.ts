import type { CallMode, TranscriptLine } from "./types";

// Prompts for the Practice tasks; the AI layer adds the JSON schema to each request.

export function transcriptText(lines: TranscriptLine[]): string {
  return lines
    .map((l) => `[${Math.round(l.timestampMs / 1000)}s] ${l.role === "rep" ? "REP" : "BUYER"}: ${l.content}`)
    .join("\n");
}

export function personaPrompt(input: { industry: string; role: string; personality: string; difficulty: string }): string {
  return [
    `Create a realistic B2B buyer persona for sales-call practice, as JSON.`,
    `Industry: ${input.industry}. Role: ${input.role}. Personality: ${input.personality}. Difficulty: ${input.difficulty}.`,
    `Give a full name, a believable company, a 2–3 sentence backstory, 2–4 hidden pains the buyer only reveals to good`,
    `discovery questions, 3–5 objections, a systemPrompt instructing an AI to play this buyer on a phone call (short spoken`,
    `replies, stay in character, reveal pains only when earned, raise the objections), and the firstMessage said on pickup.`,
    `Use the voiceId "EXAVITQu4vr4xnAGqlGY" for a female and "TxGEqnHWrfWFTfGW9XTi" for a male persona.`,
  ].join("\n");
}

export function quickScorePrompt(mode: CallMode, lines: TranscriptLine[]): string {
  return [
    `Score this ${mode.replace("_", " ")} sales practice call from 0 to 100 and summarise it in one sentence for the rep.`,
    `Answer as JSON {"overall": number, "summary": string}.`,
    ``,
    transcriptText(lines),
  ].join("\n");
}

export function deepScorePrompt(mode: CallMode, lines: TranscriptLine[], emphasis: string): string {
  return [
    `You are a sales coach. Score this ${mode.replace("_", " ")} practice call with the rubric: opening 20%,`,
    `discovery 25%, objectionHandling 25%, communication 15%, closing 15% (each 0–100 with 1–3 reasons). ${emphasis}`,
    `Each category's "evidence" lists 1–3 passages copied verbatim from transcript lines that the reasons rest on. If the call`,
    `gives no evidence for a category (e.g. the buyer raised no objection), set its "score" to null, "evidence" to [] and say`,
    `"No evidence in this call" in its reasons.`,
    `Give 3–5 strengths, 3–5 improvements, and 2–6 keyMoments. Each key moment's "quote" MUST be copied verbatim from`,
    `one transcript line (without the [time] SPEAKER: prefix) and its timestampMs is that line's time in milliseconds.`,
    `Add "feedback": one short paragraph (2–4 sentences) to the rep on how the call went and what to do next time.`,
    `Answer as JSON.`,
    ``,
    transcriptText(lines),
  ].join("\n");
}
