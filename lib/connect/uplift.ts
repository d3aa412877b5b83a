import { CONNECT_EMOTIONS, type ConnectEmotion, type ConnectEmotionScores } from "../emotion/emotions";

// "What helps" for uplift mode: each feeling maps to the moods in another person that tend to lift
// it. The match target is the clip's vector pushed through this table (a weighted sum of rows), and
// candidates are ranked by cosine against that target. Rows sum to 1. Documented in README (Connect).
export const UPLIFT_TABLE: Record<ConnectEmotion, Partial<Record<ConnectEmotion, number>>> = {
  lonely: { playful: 0.4, happy: 0.4, calm: 0.2 },
  sad: { happy: 0.5, calm: 0.3, playful: 0.2 },
  anxious: { calm: 0.8, happy: 0.2 },
  excited: { excited: 0.5, happy: 0.3, playful: 0.2 },
  happy: { happy: 0.6, playful: 0.4 },
  calm: { calm: 0.6, happy: 0.4 },
  romantic: { romantic: 0.7, playful: 0.3 },
  playful: { playful: 0.6, happy: 0.4 },
};

/** The mood that would lift `scores`, as intensities in the same eight dimensions. */
export function upliftTarget(scores: ConnectEmotionScores): ConnectEmotionScores {
  const target = Object.fromEntries(CONNECT_EMOTIONS.map((e) => [e, 0])) as ConnectEmotionScores;
  for (const from of CONNECT_EMOTIONS) {
    for (const [to, weight] of Object.entries(UPLIFT_TABLE[from]) as [ConnectEmotion, number][]) {
      target[to] += scores[from] * weight;
    }
  }
  return target;
}

/** The emotion that best answers `feeling` (the table's heaviest entry). */
export function helperFor(feeling: ConnectEmotion): ConnectEmotion {
  const entries = Object.entries(UPLIFT_TABLE[feeling]) as [ConnectEmotion, number][];
  return entries.sort((a, b) => b[1] - a[1])[0]?.[0] ?? feeling;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
