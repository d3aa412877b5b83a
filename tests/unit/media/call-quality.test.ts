import { describe, expect, it } from "vitest";
import { gradeQuality, sampleStats } from "@/lib/media/call-quality";

function report(stats: Record<string, unknown>[]): RTCStatsReport {
  return new Map(stats.map((s, i) => [String(s.id ?? i), s])) as unknown as RTCStatsReport;
}

describe("call quality", () => {
  it("grades RTT, loss and jitter into good, fair and poor by the worst of them", () => {
    expect(gradeQuality({ rttMs: 40, loss: 0, jitterMs: 5 })).toBe("good");
    expect(gradeQuality({ rttMs: null, loss: null, jitterMs: null })).toBe("good");
    expect(gradeQuality({ rttMs: 350, loss: 0, jitterMs: 5 })).toBe("fair");
    expect(gradeQuality({ rttMs: 40, loss: 0.05, jitterMs: 5 })).toBe("fair");
    expect(gradeQuality({ rttMs: 40, loss: 0.01, jitterMs: 150 })).toBe("poor");
    expect(gradeQuality({ rttMs: 900, loss: 0, jitterMs: 5 })).toBe("poor");
  });

  it("reads the selected pair's RTT and the inbound audio, differencing loss since the last sample", () => {
    const first = sampleStats(
      report([
        { type: "candidate-pair", state: "succeeded", nominated: true, currentRoundTripTime: 0.12, localCandidateId: "L1" },
        { id: "L1", type: "local-candidate", candidateType: "relay" },
        { type: "candidate-pair", state: "failed", nominated: false, currentRoundTripTime: 3 },
        { type: "inbound-rtp", kind: "audio", bytesReceived: 5_000, packetsReceived: 90, packetsLost: 10, jitter: 0.004 },
      ]),
      null,
    );
    expect(first.sample).toEqual({ rttMs: 120, loss: 0.1, jitterMs: 4, bytesReceived: 5_000, route: "relay" });
    const second = sampleStats(
      report([{ type: "inbound-rtp", kind: "audio", bytesReceived: 9_000, packetsReceived: 190, packetsLost: 10, jitter: 0.002 }]),
      first.counters,
    );
    expect(second.sample).toMatchObject({ loss: 0, bytesReceived: 9_000, rttMs: null, route: null });
  });
});
