// Web Speech API error codes, in words a person can act on.
const MESSAGES: Record<string, string> = {
  "not-allowed": "The microphone is blocked for this site. Allow it from the icon in the address bar, or type instead.",
  "service-not-allowed": "This browser does not let this site use speech recognition. Type instead, or try Chrome.",
  "audio-capture": "No microphone found. Plug one in and press Speak again, or type instead.",
  network: "This browser's speech recognition needs its online service, which could not be reached. Type instead.",
  "language-not-supported": "This browser cannot transcribe speech in your language. Type instead.",
  "bad-grammar": "This browser cannot transcribe speech right now. Type instead.",
};

/** The message for a recognition error, or null for the ones that need none (silence, a stop). */
export function speechErrorMessage(code: string): string | null {
  if (code === "no-speech" || code === "aborted") return null;
  return MESSAGES[code] ?? "Speech recognition stopped unexpectedly. Press Speak to try again, or type instead.";
}
