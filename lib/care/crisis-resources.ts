// The care table: where to turn in a crisis. Shared by every pillar that may meet someone in
// distress (the coach now, Wellbeing's journal next), so the advice is the same wherever they are.
// Kept short on purpose: each line is a service we have checked, not a directory of the world.

export type CrisisResource = { where: string; who: string; how: string };

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  { where: "Anywhere", who: "your local emergency number", how: "call it if you are in immediate danger" },
  { where: "UK and Ireland", who: "Samaritans", how: "call 116 123, free, day or night" },
  { where: "US", who: "the 988 Suicide & Crisis Lifeline", how: "call or text 988" },
  { where: "Elsewhere", who: "Find A Helpline", how: "findahelpline.com lists free, confidential lines by country" },
];

export const NOT_A_SUBSTITUTE = "I'm an AI, and this is not a substitute for help from a professional or a crisis line.";

/** The table as one paragraph of plain sentences, for a reply or a prompt. */
export function crisisSignpost(): string {
  const [emergency, ...lines] = CRISIS_RESOURCES;
  const first = `If you are in immediate danger, call ${emergency!.who} now.`;
  const rest = lines.map((line) => `${line.where}: ${line.who} — ${line.how}.`);
  return [first, ...rest].join(" ");
}
