// No "server-only": the call screen grades its own connection from RTCPeerConnection.getStats().

export type CallQuality = "good" | "fair" | "poor";

export type QualitySample = {
  /** Round-trip time of the selected candidate pair, in milliseconds. */
  rttMs: number | null;
  /** Share of inbound audio packets lost since the previous sample, 0–1. */
  loss: number | null;
  /** Inbound jitter, in milliseconds. */
  jitterMs: number | null;
  bytesReceived: number;
  /** Whether the selected pair goes through a TURN relay or straight between the peers. */
  route: "direct" | "relay" | null;
};

// ITU-T G.114 puts one-way delay past 150 ms as noticeable and 400 ms as unacceptable for speech; Opus
// with FEC hides a few per cent of loss; a jitter buffer copes with tens of milliseconds.
const FAIR = { rttMs: 300, loss: 0.03, jitterMs: 30 };
const POOR = { rttMs: 800, loss: 0.1, jitterMs: 100 };

const over = (value: number | null, limit: number) => value !== null && value > limit;

export function gradeQuality(sample: Pick<QualitySample, "rttMs" | "loss" | "jitterMs">): CallQuality {
  const { rttMs, loss, jitterMs } = sample;
  if (over(rttMs, POOR.rttMs) || over(loss, POOR.loss) || over(jitterMs, POOR.jitterMs)) return "poor";
  if (over(rttMs, FAIR.rttMs) || over(loss, FAIR.loss) || over(jitterMs, FAIR.jitterMs)) return "fair";
  return "good";
}

type Counters = { packetsReceived: number; packetsLost: number };

/** One sample from a getStats() report: the selected pair's RTT and the inbound audio's jitter,
 * bytes and the loss since `previous` (cumulative counters are differenced so old loss fades). */
export function sampleStats(report: RTCStatsReport, previous: Counters | null): { sample: QualitySample; counters: Counters } {
  let rttMs: number | null = null;
  let jitterMs: number | null = null;
  const counters: Counters = { packetsReceived: 0, packetsLost: 0 };
  let bytesReceived = 0;
  let route: QualitySample["route"] = null;
  report.forEach((stat: Record<string, unknown>) => {
    if (stat.type === "candidate-pair" && stat.state === "succeeded" && (stat.nominated || stat.selected)) {
      if (typeof stat.currentRoundTripTime === "number") rttMs = stat.currentRoundTripTime * 1000;
      const local = report.get(String(stat.localCandidateId)) as { candidateType?: string } | undefined;
      if (local?.candidateType) route = local.candidateType === "relay" ? "relay" : "direct";
    }
    if (stat.type === "inbound-rtp" && stat.kind === "audio") {
      bytesReceived += Number(stat.bytesReceived ?? 0);
      counters.packetsReceived += Number(stat.packetsReceived ?? 0);
      counters.packetsLost += Math.max(0, Number(stat.packetsLost ?? 0));
      if (typeof stat.jitter === "number") jitterMs = stat.jitter * 1000;
    }
  });
  const received = counters.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = counters.packetsLost - (previous?.packetsLost ?? 0);
  const loss = received + lost > 0 ? Math.max(0, lost) / (received + lost) : null;
  return { sample: { rttMs, loss, jitterMs, bytesReceived, route }, counters };
}
