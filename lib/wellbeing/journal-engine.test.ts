import { describe, expect, it } from "vitest";
import { analyseJournalOffline } from "./journal-engine";

// Fixtures for the offline journal analysis: what a reader would say the entry feels like.
describe("offline journal analysis", () => {
  it("hears gratitude and a good mood in a good day", () => {
    const result = analyseJournalOffline({ title: "Demo day", content: "The demo went wonderfully and the client signed. I am so grateful for the team and happy with how we worked together." });
    expect(result.mood).toBeGreaterThanOrEqual(4);
    expect(result.emotions.map((e) => e.emotion)).toEqual(expect.arrayContaining(["grateful", "happy"]));
    expect(result.distress).toBe(false);
    expect(result.summary.length).toBeGreaterThan(0);
  });

  it("hears a low mood in a bad day, with sad or anxious on top", () => {
    const result = analyseJournalOffline({ title: "", content: "I feel miserable and worried. The launch failed, I am exhausted and scared about payroll next month." });
    expect(result.mood).toBeLessThanOrEqual(2);
    expect(["sad", "anxious", "tired"]).toContain(result.emotions[0]?.emotion);
  });

  it("orders emotions by intensity, each between 0 and 1", () => {
    const { emotions } = analyseJournalOffline({ title: "", content: "Angry at the delay, but hopeful about tomorrow and a little tired." });
    expect(emotions.length).toBeGreaterThan(1);
    for (let i = 1; i < emotions.length; i++) expect(emotions[i - 1]!.intensity).toBeGreaterThanOrEqual(emotions[i]!.intensity);
    expect(emotions.every((e) => e.intensity > 0 && e.intensity <= 1)).toBe(true);
  });

  it("summarises a long entry in at most three of its own sentences and names its themes", () => {
    const content = Array.from({ length: 12 }, (_, i) => `On day ${i + 1} the hiring plan moved forward and the pricing review took most of the afternoon.`).join(" ");
    const result = analyseJournalOffline({ title: "Hiring", content });
    expect(result.summary.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
    expect(result.themes.join(" ")).toMatch(/hiring|pricing/);
  });

  it("flags distress, not idioms", () => {
    expect(analyseJournalOffline({ title: "", content: "I can't cope anymore." }).distress).toBe(true);
    expect(analyseJournalOffline({ title: "", content: "This deadline is killing me, ha." }).distress).toBe(false);
  });
});
