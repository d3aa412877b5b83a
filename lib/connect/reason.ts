import { CONNECT_EMOTIONS, type ConnectEmotion, topEmotions } from "../emotion/emotions";
import type { MatchMode } from "../db/schema/connect";
import { helperFor } from "./uplift";

// Why two clips were matched: the top emotions they share (similar), or what the other person's mood
// offers for the asker's (uplift). Kept as emotion ids, not words, so each reader sees it in their own
// language (reason-words.ts).

export type MatchReason =
  | { kind: "shared"; emotions: ConnectEmotion[] }
  /** No shared emotion: the other person's top ones (none when they have no clear mood). */
  | { kind: "closest"; emotions: ConnectEmotion[] }
  | { kind: "theyFeel"; emotions: ConnectEmotion[] }
  /** Uplift: `offers` is what the other person feels (null: nothing clear); `helps` when it is what
   * tends to help with `feeling`. */
  | { kind: "uplift"; feeling: ConnectEmotion; offers: ConnectEmotion | null; helps: boolean }
  /** The uplift match as the helper reads it. */
  | { kind: "helper"; feeling: ConnectEmotion | null; mood: ConnectEmotion | null };

const toScores = (vector: readonly number[]) =>
  Object.fromEntries(CONNECT_EMOTIONS.map((e, i) => [e, vector[i] ?? 0])) as Record<ConnectEmotion, number>;

export function explainMatch({ mode, mine, theirs }: { mode: MatchMode; mine: readonly number[]; theirs: readonly number[] }): {
  reason: MatchReason;
  sharedEmotions: ConnectEmotion[];
} {
  const myTop = topEmotions(toScores(mine));
  const theirTop = topEmotions(toScores(theirs));
  if (mode === "similar") {
    const shared = myTop.filter((e) => theirTop.includes(e));
    if (shared.length > 0) return { reason: { kind: "shared", emotions: shared }, sharedEmotions: shared };
    return { reason: { kind: "closest", emotions: theirTop.slice(0, 2) }, sharedEmotions: [] };
  }
  const feeling = myTop[0];
  if (!feeling) return { reason: { kind: "theyFeel", emotions: theirTop.slice(0, 2) }, sharedEmotions: [] };
  const helper = helperFor(feeling);
  const offers = theirTop.includes(helper) ? helper : (theirTop[0] ?? null);
  return { reason: { kind: "uplift", feeling, offers, helps: offers === helper }, sharedEmotions: myTop.filter((e) => theirTop.includes(e)) };
}

/** The uplift match in the terms of the person whose mood was chosen to help. */
export function explainForHelper({ asker, helper }: { asker: readonly number[]; helper: readonly number[] }): MatchReason {
  return { kind: "helper", feeling: topEmotions(toScores(asker))[0] ?? null, mood: topEmotions(toScores(helper))[0] ?? null };
}
