// The buttons a push notification carries, and what tapping one does. The service worker (app/sw.ts)
// shows and runs them; this module has no server or browser dependencies so both it and the tests
// can use it. A check-in reminder's buttons check in with one tap, without opening the app.
import { moodLabel } from "../../wellbeing/vocabulary";

export type PushAction = { action: string; title: string };

/** Browsers show at most two buttons (Chrome's Notification.maxActions). */
const CHECKIN_MOODS = [4, 2] as const;

export function pushActionsFor(kind: string): PushAction[] {
  if (kind !== "wellbeing.check-in") return [];
  return CHECKIN_MOODS.map((mood) => ({ action: `checkin:${mood}`, title: moodLabel(mood) }));
}

/** The request a tapped button makes, or null when the button opens the app instead. */
export function requestForAction(action: string): { path: string; body: { mood: number }; confirmation: string } | null {
  const match = /^checkin:([1-5])$/.exec(action);
  if (!match) return null;
  const mood = Number(match[1]);
  return { path: "/api/wellbeing/checkins", body: { mood }, confirmation: `Checked in: ${moodLabel(mood)}` };
}
