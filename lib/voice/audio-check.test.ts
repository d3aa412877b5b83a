import { describe, expect, it } from "vitest";
import { chromeWebm, makeWav } from "@/tests/fixtures/audio";
import { inspectAudio } from "./audio-check";

describe("inspectAudio", () => {
  it("reads WAV and Chrome's live WebM from their bytes", async () => {
    expect(await inspectAudio(makeWav(3))).toEqual({ contentType: "audio/wav", durationMs: 3000 });
    const webm = await inspectAudio(chromeWebm());
    expect(webm.contentType).toBe("audio/webm");
    expect(webm.durationMs).toBeGreaterThan(2000);
    expect(webm.durationMs).toBeLessThan(3000);
  });

  it("refuses what is not audio, too long, too short or too big", async () => {
    await expect(inspectAudio(new TextEncoder().encode("RIFF but really a text file"))).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await expect(inspectAudio(makeWav(61))).rejects.toMatchObject({ code: "VALIDATION_ERROR", message: expect.stringContaining("60 seconds") });
    await expect(inspectAudio(makeWav(0.5))).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await expect(inspectAudio(new Uint8Array(10 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    const truncated = chromeWebm().subarray(0, 200);
    await expect(inspectAudio(truncated)).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
  });
});
