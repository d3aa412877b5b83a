import { describe, expect, it } from "vitest";
import { deepScore, measureCall, quickScore, quoteAppearsIn } from "@/lib/practice/rubric-scorer";
import { isBuyerAgreement } from "@/lib/practice/rubric/buyer-agreement";
import { isTooShortToScore } from "@/lib/practice/rubric/too-short";
import type { Speaker, TranscriptLine } from "@/lib/practice/types";
import { strongCall } from "./fixtures";

// One fixture per way the offline debrief used to contradict the transcript (issue 11, item 2).

function call(lines: [Speaker, string][], stepMs = 4_000): TranscriptLine[] {
  return lines.map(([role, content], index) => ({ role, content, timestampMs: index * stepMs }));
}

const introInSecondLine = call([
  ["persona", "Dana speaking. Who's this?"],
  ["rep", "Hi Dana, good morning!"],
  ["persona", "Morning. Who is this?"],
  ["rep", "Sorry — I'm Sam from Relay. The reason I'm calling is I saw Brightloop is hiring ten reps. Do you have two minutes?"],
  ["persona", "Two minutes. Go."],
  ["rep", "How do your new reps ramp today?"],
  ["persona", "Slowly. Five months."],
]);

const agreedInBuyerWords = call([
  ["persona", "Hi, Nadia here."],
  ["rep", "Thanks for making the time, Nadia. I'd like to understand how guest requests flow today. How do they reach housekeeping?"],
  ["persona", "By radio, mostly. Guest requests get lost between the desk and housekeeping all the time."],
  ["rep", "What happens when one gets lost?"],
  ["persona", "The guest complains, and our online review score dropped because we respond to complaints slowly."],
  ["rep", "Could we look at this together with your housekeeping lead on Tuesday?"],
  ["persona", "Tuesday works. Send an invite to me and Ana."],
  ["rep", "Will do, thanks Nadia."],
]);

const objectionInLastLine = call([
  ["persona", "Procurement, Dawson."],
  ["rep", "Hi Rick, this is Sam from Relay. I'm calling because I saw your storm costs ran over. Got a minute?"],
  ["persona", "One minute."],
  ["rep", "How do you track parts for the field crews today?"],
  ["persona", "Spreadsheets. Counts are wrong half the time."],
  ["rep", "Would it help if I sent over how other co-ops fixed that?"],
  ["persona", "Your price is going to be too high, they always are."],
]);

describe("offline rubric agrees with the transcript", () => {
  it("finds the self-introduction and the reason for the call across the first rep lines", () => {
    const reasons = deepScore({ transcript: introInSecondLine, mode: "cold_call" }).categories.opening.reasons.join(" ");
    expect(reasons).toContain("You introduced yourself early");
    expect(reasons).toContain("You gave a reason for the call early");
    expect(reasons).not.toMatch(/didn't say who you are/);
  });

  it("judges a discovery opening by agenda and questions, never by 'say who you are'", () => {
    const opening = deepScore({ transcript: agreedInBuyerWords, mode: "discovery" }).categories.opening;
    expect(opening.reasons.join(" ")).not.toMatch(/who you are|introduc/i);
    expect(opening.reasons.join(" ")).toContain("open question");
    expect(opening.score).toBeGreaterThanOrEqual(80);
    const cold = deepScore({ transcript: agreedInBuyerWords, mode: "cold_call" }).categories.opening;
    expect(cold.reasons.join(" ")).toMatch(/who you are/);
  });

  it("hears the buyer's agreement in their own words", () => {
    const closing = deepScore({ transcript: agreedInBuyerWords, mode: "discovery" }).categories.closing;
    expect(closing.reasons).toContain("The buyer agreed to the next step.");
    for (const yes of ["Send an invite.", "Tuesday works for me.", "Okay, send it over.", "Sounds good — I'll look out for the invite.", "Fine. One meeting. Don't make me regret it."]) {
      expect(isBuyerAgreement(yes), yes).toBe(true);
    }
    for (const no of ["Not yet. Send me something first and I'll read it.", "No. You haven't given me a reason to.", "Maybe later, it doesn't work for me now."]) {
      expect(isBuyerAgreement(no), no).toBe(false);
    }
  });

  it("recognises the buyer's objections and does not count one in the buyer's last line against the rep", () => {
    const metrics = measureCall(objectionInLastLine);
    expect(metrics.objectionsRaised).toBe(0);
    const score = deepScore({ transcript: objectionInLastLine, mode: "cold_call" });
    // No objection the rep could answer: no evidence, so not scored, and left out of the overall.
    expect(score.categories.objectionHandling.score).toBeNull();
    expect(score.categories.objectionHandling.evidence).toEqual([]);
    expect(score.categories.objectionHandling.reasons.join(" ")).toContain("price objection in their last line");
    expect(score.improvements.join(" ")).not.toMatch(/unacknowledged/);
    expect(score.keyMoments.some((moment) => moment.kind === "negative" && moment.quote.includes("too high"))).toBe(false);
  });

  it("reports no pace for a typed call, however fast the replies came", () => {
    const typed = measureCall(strongCall.map((line, index) => ({ ...line, timestampMs: index * 300 })), 6_000);
    expect(typed.wordsPerMinute).toBeNull();
    const reasons = deepScore({ transcript: strongCall, mode: "discovery", durationMs: 6_000 }).categories.communication.reasons.join(" ");
    expect(reasons).toContain("Pace not measured for typed calls.");
    expect(reasons).not.toMatch(/words per minute/);
    const voice = deepScore({ transcript: strongCall, mode: "discovery", timedSpeech: true }).categories.communication.reasons.join(" ");
    expect(voice).toMatch(/Your pace was \d+ words per minute/);
  });

  it("calls fewer than three rep lines too short to score", () => {
    expect(isTooShortToScore(introInSecondLine.slice(0, 4))).toBe(true);
    expect(isTooShortToScore(introInSecondLine)).toBe(false);
  });

  it("gives the deep pass more than the quick pass: pains uncovered, question quality, per-line evidence", () => {
    const hiddenPains = ["Guest requests get lost between the front desk and housekeeping.", "Our online review score dropped because of slow responses to complaints.", "Check-in lines get long on Friday evenings."];
    const deep = deepScore({ transcript: agreedInBuyerWords, mode: "discovery", hiddenPains });
    const quick = quickScore({ transcript: agreedInBuyerWords, mode: "discovery" });
    expect(deep.categories.discovery.reasons.join(" ")).toContain("You uncovered 2 of the buyer's 3 hidden pains.");
    expect(deep.categories.discovery.reasons.join(" ")).toMatch(/of your \d+ open questions drew a full answer/);
    expect(deep.keyMoments.filter((moment) => moment.note.startsWith("Hidden pain uncovered"))).toHaveLength(2);
    expect(deep.strengths[0]).toMatch(/^You uncovered 2 of the buyer's 3 hidden pains/);
    expect(deep.improvements[0]).toMatch(/^1 of the buyer's 3 hidden pains never came out/);
    expect(quick.summary).not.toContain("hidden pains");
    const none = deepScore({ transcript: agreedInBuyerWords, mode: "discovery", hiddenPains: ["Our payroll runs on fax machines."] });
    expect(none.overallScore).toBeLessThan(deep.overallScore);
  });
});

describe("quote or no score (offline)", () => {
  it("backs every scored category with lines that appear verbatim in the transcript", () => {
    for (const transcript of [objectionInLastLine, strongCall]) {
      const score = deepScore({ transcript, mode: "discovery" });
      for (const [category, entry] of Object.entries(score.categories)) {
        if (entry.score === null) continue;
        expect(entry.evidence?.length, category).toBeGreaterThan(0);
        for (const quote of entry.evidence ?? []) expect(quoteAppearsIn(transcript, quote), `${category}: ${quote}`).toBe(true);
      }
    }
  });
});
