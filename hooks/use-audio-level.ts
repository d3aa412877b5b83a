"use client";

import { useEffect, useState } from "react";

/** RMS above this (about −34 dBFS) counts as speech rather than room noise. */
export const SPEAKING_LEVEL = 0.02;
const SAMPLE_MS = 100;

export type AudioLevel = { level: number; peak: number; speaking: boolean };

/** The loudness of a stream through an AnalyserNode, sampled ten times a second, with the highest
 * level seen so far. A muted (disabled) track reads as silence. */
export function useAudioLevel(stream: MediaStream | null, context: AudioContext | null): AudioLevel {
  const [state, setState] = useState<AudioLevel>({ level: 0, peak: 0, speaking: false });
  useEffect(() => {
    if (!stream || !context || !stream.getAudioTracks().length) return;
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      const level = Math.sqrt(sum / samples.length);
      setState((prev) => ({ level, peak: Math.max(prev.peak, level), speaking: level > SPEAKING_LEVEL }));
    }, SAMPLE_MS);
    return () => {
      clearInterval(timer);
      source.disconnect();
      setState({ level: 0, peak: 0, speaking: false });
    };
  }, [stream, context]);
  return state;
}
