import { CONNECT_EMOTIONS, type ConnectEmotion, topEmotions } from "../emotion/emotions";
import type { MatchMode } from "../db/schema/connect";
import { helperFor } from "./uplift";

// Why two clips were matched, in words: the top emotions they share (similar), or what the other
// person's mood offers for the asker's (uplift).

const toScores = (vector: readonly number[]) =>
  Object.fromEntries(CONNECT_EMOTIONS.map((e, i) => [e, vector[i] ?? 0])) as Record<ConnectEmotion, number>;

const list = (words: string[]) => (words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

export function explainMatch({ mode, mine, theirs }: { mode: MatchMode; mine: readonly number[]; theirs: readonly number[] }): {
  reason: string;
  sharedEmotions: ConnectEmotion[];
} {
  const myTop = topEmotions(toScores(mine));
  const theirTop = topEmotions(toScores(theirs));
  if (mode === "similar") {
    const shared = myTop.filter((e) => theirTop.includes(e));
    if (shared.length > 0) return { reason: `You both feel ${list(shared)}.`, sharedEmotions: shared };
    return { reason: `Closest to your mood: they feel ${list(theirTop.slice(0, 2)) || "much like you"}.`, sharedEmotions: [] };
  }
  const feeling = myTop[0];
  if (!feeling) return { reason: `They feel ${list(theirTop.slice(0, 2))}.`, sharedEmotions: [] };
  const helper = helperFor(feeling);
  const offers = theirTop.includes(helper) ? helper : theirTop[0];
  return {
    reason: `You feel ${feeling}; they feel ${offers ?? "steady"}${offers === helper ? `, which tends to help with feeling ${feeling}` : ""}.`,
    sharedEmotions: myTop.filter((e) => theirTop.includes(e)),
  };
}

/** The uplift match in the words of the person whose mood was chosen to help. */
export function explainForHelper({ asker, helper }: { asker: readonly number[]; helper: readonly number[] }): string {
  const feeling = topEmotions(toScores(asker))[0];
  const mood = topEmotions(toScores(helper))[0];
  if (!feeling) return "Someone would like to talk.";
  return mood ? `They feel ${feeling}; your ${mood} mood may help.` : `They feel ${feeling}.`;
}
