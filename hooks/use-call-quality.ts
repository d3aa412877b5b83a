"use client";

import { useEffect, useState } from "react";
import { gradeQuality, sampleStats, type CallQuality, type QualitySample } from "@/lib/media/call-quality";

const SAMPLE_MS = 2_000;

export type QualityReading = { quality: CallQuality; sample: QualitySample } | null;

/** Grades the connection every two seconds from getStats(): RTT, loss and jitter → good/fair/poor. */
export function useCallQuality(connection: () => RTCPeerConnection | null, active: boolean): QualityReading {
  const [reading, setReading] = useState<QualityReading>(null);
  useEffect(() => {
    if (!active) return;
    let previous: Parameters<typeof sampleStats>[1] = null;
    let watched: RTCPeerConnection | null = null;
    const timer = setInterval(async () => {
      const pc = connection();
      if (!pc) return;
      if (pc !== watched) previous = null;
      watched = pc;
      const { sample, counters } = sampleStats(await pc.getStats(), previous);
      previous = counters;
      setReading({ quality: gradeQuality(sample), sample });
    }, SAMPLE_MS);
    return () => clearInterval(timer);
  }, [connection, active]);
  return active ? reading : null;
}
