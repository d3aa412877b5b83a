import { describe, expect, it } from "vitest";
import { deepScore, measureCall, quickScore, quoteAppearsIn } from "@/lib/practice/rubric-scorer";
import { callModes, rubricCategories, type TranscriptLine } from "@/lib/practice/types";
import { generateLongCall, strongCall, weakCall } from "./fixtures";

const smallCall: TranscriptLine[] = [
  { role: "persona", content: "Hello, this is Marco.", timestampMs: 0 },
  { role: "rep", content: "Hi Marco, um, this is Sam. How do you schedule dock appointments today? Do you use a spreadsheet?", timestampMs: 2_000 },
  { role: "persona", content: "It's too expensive to change anything right now.", timestampMs: 8_000 },
  { role: "rep", content: "I understand. Can we book a demo next Tuesday?", timestampMs: 11_000 },
  { role: "persona", content: "Fine.", timestampMs: 14_000 },
  { role: "rep", content: "Great.", timestampMs: 15_000 },
  { role: "rep", content: "Basically, I'll send the invite over.", timestampMs: 16_000 },
];

describe("measureCall", () => {
  it("measures a hand-made voice call exactly", () => {
    expect(measureCall(smallCall, 19_000, true)).toEqual({
      repTurns: 4,
      personaTurns: 3,
      openQuestions: 1,
      closedQuestions: 2,
      talkRatio: 0.72,
      longestMonologueWords: 18,
      objectionsRaised: 1,
      objectionsAcknowledged: 1,
      nextStepAsked: true,
      fillerWords: 2,
      wordsPerMinute: 157,
    });
  });

  it("merges consecutive rep lines into one monologue and reports no pace without timing", () => {
    const call = smallCall.map((line) => ({ ...line, timestampMs: 0 }));
    call.push({ role: "rep", content: "one two three four five six seven eight nine ten eleven twelve", timestampMs: 0 });
    const metrics = measureCall(call);
    expect(metrics.longestMonologueWords).toBe(1 + 6 + 12);
    expect(metrics.wordsPerMinute).toBeNull();
  });

  it("counts an objection the rep talked past as unacknowledged", () => {
    const metrics = measureCall(weakCall);
    expect(metrics.objectionsRaised).toBe(2);
    expect(metrics.objectionsAcknowledged).toBe(0);
    expect(metrics.nextStepAsked).toBe(false);
    expect(metrics.fillerWords).toBeGreaterThanOrEqual(10);
  });
});

describe("deepScore", () => {
  it.each(callModes)("rates the strong call above the weak one in every category and overall (%s)", (mode) => {
    const strong = deepScore({ transcript: strongCall, mode });
    const weak = deepScore({ transcript: weakCall, mode });
    for (const category of rubricCategories) {
      // A category the weak call gave no evidence for is not scored at all.
      expect(strong.categories[category].score, category).toBeGreaterThan(weak.categories[category].score ?? -1);
    }
    expect(strong.overallScore).toBeGreaterThanOrEqual(80);
    expect(weak.overallScore).toBeLessThanOrEqual(30);
  });

  it("explains each category with reasons that cite the measurements", () => {
    const score = deepScore({ transcript: strongCall, mode: "discovery" });
    expect(score.categories.discovery.reasons[0]).toBe("You asked 6 open questions and 2 closed ones.");
    for (const category of rubricCategories) {
      expect(score.categories[category].reasons.length).toBeGreaterThanOrEqual(1);
      expect(score.categories[category].reasons.length).toBeLessThanOrEqual(3);
      expect(Number.isInteger(score.categories[category].score)).toBe(true);
    }
    expect(score.scorer).toBe("offline-rubric");
  });

  it.each([
    ["strong", strongCall],
    ["weak", weakCall],
    ["small", smallCall],
  ] as const)("gives 3–5 strengths and improvements and verbatim key moments (%s call)", (_, transcript) => {
    const score = deepScore({ transcript, mode: "cold_call" });
    for (const list of [score.strengths, score.improvements]) {
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect(list.length).toBeLessThanOrEqual(5);
      expect(new Set(list).size).toBe(list.length);
    }
    expect(score.keyMoments.length).toBeGreaterThanOrEqual(2);
    expect(score.keyMoments.length).toBeLessThanOrEqual(6);
    for (const moment of score.keyMoments) {
      expect(quoteAppearsIn(transcript, moment.quote), moment.quote).toBe(true);
      expect(moment.quote.length).toBeLessThanOrEqual(160);
      expect(transcript.some((line) => line.timestampMs === moment.timestampMs && line.content.includes(moment.quote))).toBe(true);
    }
  });

  it("marks the weak call's monologue and ignored objection as negative moments", () => {
    const moments = deepScore({ transcript: weakCall, mode: "discovery" }).keyMoments;
    expect(moments.filter((moment) => moment.kind === "negative").map((moment) => moment.note).join(" ")).toMatch(/monologue.*objection/s);
    expect(deepScore({ transcript: weakCall, mode: "discovery" }).improvements[0]).toContain("2 of 2 went unacknowledged");
  });

  it("weights the mode's emphasis: a great opening with no close counts for more on a cold call", () => {
    const openingOnly = strongCall.slice(0, 4);
    const coldCall = deepScore({ transcript: openingOnly, mode: "cold_call" }).overallScore;
    const gauntlet = deepScore({ transcript: openingOnly, mode: "objection_gauntlet" }).overallScore;
    expect(coldCall).toBeGreaterThan(gauntlet);
  });
});

describe("quickScore", () => {
  it("is the measurements-only pass, close to the deep score, and summarises in one sentence", () => {
    const quick = quickScore({ transcript: strongCall, mode: "discovery" });
    expect(Math.abs(quick.overall - deepScore({ transcript: strongCall, mode: "discovery" }).overallScore)).toBeLessThanOrEqual(10);
    expect(quick.scorer).toBe("offline-rubric");
    expect(quick.summary.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(quickScore({ transcript: weakCall, mode: "discovery" }).summary).toMatch(/^Rough/);
  });

  it("scores a 30-minute, 400-line call well within budget", () => {
    const transcript = generateLongCall();
    quickScore({ transcript, mode: "discovery" });
    const started = performance.now();
    const score = quickScore({ transcript, mode: "discovery", durationMs: 30 * 60_000 });
    const elapsedMs = performance.now() - started;
    expect(score.overall).toBeGreaterThan(0);
    expect(elapsedMs).toBeLessThan(500);
  });
});

describe("quoteAppearsIn", () => {
  it("accepts verbatim quotes modulo whitespace and rejects paraphrases", () => {
    expect(quoteAppearsIn(smallCall, "How do you   schedule dock\nappointments today?")).toBe(true);
    expect(quoteAppearsIn(smallCall, "How do you book dock appointments?")).toBe(false);
    expect(quoteAppearsIn(smallCall, "   ")).toBe(false);
  });
});
