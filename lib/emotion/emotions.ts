// The emotions Cadence scores. Connect's match vector uses the first eight, in this order; Wellbeing
// uses all twelve. No "server-only": the client shows these names too.

export const CONNECT_EMOTIONS = ["lonely", "happy", "excited", "sad", "anxious", "calm", "romantic", "playful"] as const;

export const EMOTIONS = [...CONNECT_EMOTIONS, "grateful", "angry", "tired", "hopeful"] as const;

export type Emotion = (typeof EMOTIONS)[number];
export type ConnectEmotion = (typeof CONNECT_EMOTIONS)[number];

export type EmotionScores = Record<Emotion, number>;
export type ConnectEmotionScores = Record<ConnectEmotion, number>;

export const EMOTION_LABELS: Record<Emotion, string> = {
  lonely: "lonely",
  happy: "happy",
  excited: "excited",
  sad: "sad",
  anxious: "anxious",
  calm: "calm",
  romantic: "romantic",
  playful: "playful",
  grateful: "grateful",
  angry: "angry",
  tired: "tired",
  hopeful: "hopeful",
};

export function zeroScores(): EmotionScores {
  return Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as EmotionScores;
}

/** The strongest emotions, strongest first (ties in list order); only those above `min`. */
export function topEmotions<E extends string>(scores: Record<E, number>, count = 3, min = 0.05): E[] {
  const names = Object.keys(scores) as E[];
  return names
    .map((name, index) => ({ name, index, value: scores[name] }))
    .filter((entry) => entry.value > min)
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.name);
}

/** The eight Connect intensities out of a full score set. */
export function toConnectScores(scores: EmotionScores): ConnectEmotionScores {
  return Object.fromEntries(CONNECT_EMOTIONS.map((e) => [e, scores[e]])) as ConnectEmotionScores;
}

/** An emotion vector in CONNECT_EMOTIONS order. */
export function toConnectVector(scores: ConnectEmotionScores): number[] {
  return CONNECT_EMOTIONS.map((e) => scores[e]);
}
