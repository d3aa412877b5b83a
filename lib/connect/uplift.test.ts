import { describe, expect, it } from "vitest";
import { CONNECT_EMOTIONS, type ConnectEmotionScores } from "../emotion/emotions";
import { explainMatch } from "./reason";
import { cosine, UPLIFT_TABLE, upliftTarget } from "./uplift";

const scores = (values: Partial<ConnectEmotionScores>) =>
  Object.fromEntries(CONNECT_EMOTIONS.map((e) => [e, values[e] ?? 0])) as ConnectEmotionScores;
const vector = (values: Partial<ConnectEmotionScores>) => CONNECT_EMOTIONS.map((e) => values[e] ?? 0);

describe("cosine", () => {
  it("is 1 for the same direction, 0 for orthogonal or zero vectors", () => {
    expect(cosine([1, 2, 0], [2, 4, 0])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(cosine([1, 1], [1, 0])).toBeCloseTo(Math.SQRT1_2);
  });
});

describe("upliftTarget", () => {
  it("maps anxious to calm and lonely to playful/happy, with rows that sum to 1", () => {
    for (const row of Object.values(UPLIFT_TABLE)) expect(Object.values(row).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    const anxious = upliftTarget(scores({ anxious: 1 }));
    expect(anxious.calm).toBeCloseTo(0.8);
    expect(anxious.anxious).toBe(0);
    const lonely = upliftTarget(scores({ lonely: 1 }));
    expect(lonely.lonely).toBe(0);
    expect(lonely.playful + lonely.happy).toBeCloseTo(0.8);
  });

  it("ranks a calm person above an anxious one for an anxious clip", () => {
    const target = CONNECT_EMOTIONS.map((e) => upliftTarget(scores({ anxious: 0.9, sad: 0.2 }))[e]);
    expect(cosine(target, vector({ calm: 0.8 }))).toBeGreaterThan(cosine(target, vector({ anxious: 0.9 })));
  });
});

describe("explainMatch", () => {
  it("names shared top emotions in similar mode and the helper in uplift mode", () => {
    const mine = vector({ lonely: 0.9, sad: 0.6 });
    expect(explainMatch({ mode: "similar", mine, theirs: vector({ lonely: 0.7, sad: 0.8 }) })).toEqual({
      reason: { kind: "shared", emotions: ["lonely", "sad"] },
      sharedEmotions: ["lonely", "sad"],
    });
    const uplift = explainMatch({ mode: "uplift", mine: vector({ anxious: 0.9 }), theirs: vector({ calm: 0.8 }) });
    expect(uplift.reason).toEqual({ kind: "uplift", feeling: "anxious", offers: "calm", helps: true });
  });
});
