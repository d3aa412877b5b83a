import { describe, expect, it } from "vitest";
import { TRACKS } from "./music-catalogue";
import { suggestTracks } from "./music-suggest";

describe("music catalogue and suggestions", () => {
  it("ships 60+ tracks, each with a licence, an open source link and moods", () => {
    expect(TRACKS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(TRACKS.map((t) => t.id)).size).toBe(TRACKS.length);
    for (const t of TRACKS) {
      expect(t.licence).not.toBe("");
      expect(t.source.url).toMatch(/^https:\/\//);
      expect(t.moods.length).toBeGreaterThan(0);
      expect(t.moods.every((m) => m >= 1 && m <= 5)).toBe(true);
    }
  });

  it("matches a low mood and lifts it gently, with nothing energetic", () => {
    const { match, lift } = suggestTracks(1);
    expect(match.length).toBeGreaterThan(0);
    expect(match.every((t) => t.moods.includes(1))).toBe(true);
    expect(lift.length).toBeGreaterThan(0);
    expect(lift.every((t) => t.moods.includes(2) && !t.tags.includes("energetic"))).toBe(true);
    expect(lift.some((t) => match.includes(t))).toBe(false);
  });

  it("offers nothing to lift to from a great mood", () => {
    expect(suggestTracks(5).lift).toEqual([]);
  });
});
