import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { speechErrorMessage } from "@/hooks/speech-error-message";
import { messagesFor } from "@/lib/i18n/messages";

const t = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "Hooks.speech" });
const say = (code: string) => {
  const key = speechErrorMessage(code);
  return key ? t(key) : null;
};

describe("speechErrorMessage", () => {
  it("says what to do for each recognition error a person can fix", () => {
    expect(say("audio-capture")).toMatch(/^No microphone found\..*type instead/);
    expect(say("not-allowed")).toMatch(/microphone is blocked.*Allow it/);
    expect(say("network")).toMatch(/Type instead/);
    expect(say("something-new")).toMatch(/Press Speak to try again, or type instead/);
  });

  it("stays quiet on silence and on a stop the person asked for", () => {
    expect(speechErrorMessage("no-speech")).toBeNull();
    expect(speechErrorMessage("aborted")).toBeNull();
  });

  it("never shows the raw error code", () => {
    for (const code of ["not-allowed", "service-not-allowed", "audio-capture", "network", "language-not-supported", "bad-grammar", "x"]) {
      expect(say(code)).not.toContain(`(${code})`);
    }
  });
});
