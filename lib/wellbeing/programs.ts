// No "server-only": the meditation programmes shipped with the app, read by the API and the timer.

export type BreathPattern = { inhale: number; hold: number; exhale: number; holdAfter: number };

export type MeditationProgram = {
  id: string;
  title: string;
  kind: "breathing" | "body-scan" | "focus" | "sleep";
  minutes: 3 | 5 | 10 | 20;
  description: string;
  guidance: string[];
  /** Seconds per phase for the pacing animation; null where the practice has no breath count. */
  breath: BreathPattern | null;
  ambient: "rain" | "ocean" | "drone" | "none";
};

const FOUR_SEVEN_EIGHT: BreathPattern = { inhale: 4, hold: 7, exhale: 8, holdAfter: 0 };
const BOX: BreathPattern = { inhale: 4, hold: 4, exhale: 4, holdAfter: 4 };
const SLOW: BreathPattern = { inhale: 4, hold: 0, exhale: 6, holdAfter: 0 };

const GUIDANCE = {
  breathing478: ["Sit comfortably and rest the tip of your tongue behind your top teeth.", "Breathe in quietly through your nose for 4.", "Hold for 7.", "Breathe out through your mouth for 8, with a soft whoosh.", "If you feel light-headed, breathe normally for a while."],
  box: ["Sit upright with your feet on the floor.", "Breathe in for 4.", "Hold for 4.", "Breathe out for 4.", "Hold empty for 4, then begin again."],
  bodyScan: ["Lie or sit so your body is supported.", "Bring attention to your feet; notice whatever is there without changing it.", "Move slowly up: legs, hips, belly, chest, hands, arms, shoulders, neck, face.", "When your mind wanders, notice where it went and come back to the last place you were.", "Finish by feeling the whole body breathing at once."],
  focus: ["Choose one anchor: the breath at the nostrils, or a sound.", "Rest attention on it, lightly.", "Count breaths from one to ten, then start again.", "Each time you lose count, that is the practice: begin again at one."],
  sleep: ["Lie down and let the bed hold your weight.", "Make each out-breath a little longer than the in-breath.", "Let each part of the body grow heavy, from the feet up.", "If thoughts come, picture setting them down on a shelf for the morning."],
} as const;

function variants(base: Omit<MeditationProgram, "id" | "minutes" | "title">, id: string, title: string, minutes: MeditationProgram["minutes"][]): MeditationProgram[] {
  return minutes.map((m) => ({ ...base, id: `${id}-${m}`, title: `${title} · ${m} min`, minutes: m }));
}

export const PROGRAMS: readonly MeditationProgram[] = [
  ...variants({ kind: "breathing", description: "Breathe in for 4, hold for 7, out for 8: a long out-breath that slows you down.", guidance: [...GUIDANCE.breathing478], breath: FOUR_SEVEN_EIGHT, ambient: "drone" }, "breathing-478", "4-7-8 breathing", [3, 5, 10]),
  ...variants({ kind: "breathing", description: "Four equal sides of 4 seconds: steadying before a hard call or after one.", guidance: [...GUIDANCE.box], breath: BOX, ambient: "ocean" }, "box-breathing", "Box breathing", [3, 5, 10]),
  ...variants({ kind: "body-scan", description: "A slow tour of the body from feet to face, noticing without fixing.", guidance: [...GUIDANCE.bodyScan], breath: null, ambient: "rain" }, "body-scan", "Body scan", [5, 10, 20]),
  ...variants({ kind: "focus", description: "Counting breaths to ten, starting again whenever you drift.", guidance: [...GUIDANCE.focus], breath: SLOW, ambient: "none" }, "focus", "Focus", [3, 5, 10, 20]),
  ...variants({ kind: "sleep", description: "Longer out-breaths and a heavy body, for winding down at night.", guidance: [...GUIDANCE.sleep], breath: SLOW, ambient: "rain" }, "sleep", "Sleep", [10, 20]),
];

export function findProgram(id: string): MeditationProgram | undefined {
  return PROGRAMS.find((p) => p.id === id);
}
