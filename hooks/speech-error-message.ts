// Web Speech API error codes, as the message (Hooks.speech.<key>) a person can act on.
const KEYS = {
  "not-allowed": "notAllowed",
  "service-not-allowed": "serviceNotAllowed",
  "audio-capture": "audioCapture",
  network: "network",
  "language-not-supported": "languageNotSupported",
  "bad-grammar": "badGrammar",
} as const;

export type SpeechErrorKey = (typeof KEYS)[keyof typeof KEYS] | "unexpected";

const isKnown = (code: string): code is keyof typeof KEYS => Object.hasOwn(KEYS, code);

/** The message key for a recognition error, or null for the ones that need none (silence, a stop). */
export function speechErrorMessage(code: string): SpeechErrorKey | null {
  if (code === "no-speech" || code === "aborted") return null;
  return isKnown(code) ? KEYS[code] : "unexpected";
}
