import { describe, expect, it } from "vitest";
import { speechErrorMessage } from "@/hooks/speech-error-message";

describe("speechErrorMessage", () => {
  it("says what to do for each recognition error a person can fix", () => {
    expect(speechErrorMessage("audio-capture")).toMatch(/^No microphone found\..*type instead/);
    expect(speechErrorMessage("not-allowed")).toMatch(/microphone is blocked.*Allow it/);
    expect(speechErrorMessage("network")).toMatch(/Type instead/);
    expect(speechErrorMessage("something-new")).toMatch(/Press Speak to try again, or type instead/);
  });

  it("stays quiet on silence and on a stop the person asked for", () => {
    expect(speechErrorMessage("no-speech")).toBeNull();
    expect(speechErrorMessage("aborted")).toBeNull();
  });

  it("never shows the raw error code", () => {
    for (const code of ["not-allowed", "service-not-allowed", "audio-capture", "network", "language-not-supported", "bad-grammar", "x"]) {
      expect(speechErrorMessage(code)).not.toContain(`(${code})`);
    }
  });
});
