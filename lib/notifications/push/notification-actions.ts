// The buttons a push notification carries, and what tapping one does. The server words them in the
// recipient's language (deliver-push.ts); the service worker (app/sw.ts) shows and runs them. This
// module has no server or browser dependencies so both and the tests can use it. A check-in
// reminder's buttons check in with one tap, without opening the app.

export type PushAction = { action: string; title: string };

/** The words the buttons need, in the recipient's language. */
export type PushActionWords = { mood: (mood: number) => string; checkedIn: (mood: string) => string };

/** The buttons, and what the worker shows once a button's work is done (by action). */
export type PushActions = { actions: PushAction[]; confirmations: Record<string, string> };

/** Browsers show at most two buttons (Chrome's Notification.maxActions). */
const CHECKIN_MOODS = [4, 2] as const;

export function pushActionsFor(kind: string, words: PushActionWords): PushActions {
  if (kind !== "wellbeing.check-in") return { actions: [], confirmations: {} };
  const actions = CHECKIN_MOODS.map((mood) => ({ action: `checkin:${mood}`, title: words.mood(mood) }));
  const confirmations = Object.fromEntries(CHECKIN_MOODS.map((mood) => [`checkin:${mood}`, words.checkedIn(words.mood(mood))]));
  return { actions, confirmations };
}

/** The request a tapped button makes, or null when the button opens the app instead. */
export function requestForAction(action: string): { path: string; body: { mood: number } } | null {
  const match = /^checkin:([1-5])$/.exec(action);
  if (!match) return null;
  return { path: "/api/wellbeing/checkins", body: { mood: Number(match[1]) } };
}
