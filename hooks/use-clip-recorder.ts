"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { requestMicrophone } from "./request-microphone";

// Records one voice clip with MediaRecorder: a live input level (RMS from an AnalyserNode), a
// countdown (60 s for a Connect clip) that stops the recording by itself, and, where the browser has
// it, the SpeechRecognition transcript captured alongside (used when no server STT exists). Speech
// is compressed at 32 kbit/s (Opus in WebM where the browser has it).

export const MAX_SECONDS = 60;
export const MIN_SECONDS = 1;

type SpeechRecognitionLike = {
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  start: () => void;
  stop: () => void;
};

function speechRecognition(): SpeechRecognitionLike | null {
  const scope = window as unknown as Record<string, (new () => SpeechRecognitionLike) | undefined>;
  const Ctor = scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
  return Ctor ? new Ctor() : null;
}

function pickMimeType(): string | undefined {
  return ["audio/webm;codecs=opus", "audio/webm", "audio/mp4"].find((t) => MediaRecorder.isTypeSupported(t));
}

export type RecorderState = "idle" | "recording" | "recorded";

const BITS_PER_SECOND = 32_000;

export type Recording = { clip: Blob; heard: string; seconds: number };

export function useClipRecorder({ maxSeconds = MAX_SECONDS, onRecorded }: { maxSeconds?: number; onRecorded?: (recording: Recording) => void } = {}) {
  const t = useTranslations("Hooks");
  const onRecordedRef = useRef(onRecorded);
  useEffect(() => {
    onRecordedRef.current = onRecorded;
  });
  const [state, setState] = useState<RecorderState>("idle");
  const [level, setLevel] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [clip, setClip] = useState<Blob | null>(null);
  const [heard, setHeard] = useState("");
  const [error, setError] = useState<string | null>(null);
  const stopRef = useRef<() => void>(() => {});

  const stop = useCallback(() => stopRef.current(), []);

  const start = useCallback(async () => {
    setError(null);
    const problem = await requestMicrophone();
    if (problem) return setError(t(`mic.${problem}`));
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    const mimeType = pickMimeType();
    const recorder = new MediaRecorder(stream, { audioBitsPerSecond: BITS_PER_SECOND, ...(mimeType ? { mimeType } : {}) });
    const chunks: Blob[] = [];
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const recognition = speechRecognition();
    let text = "";
    if (recognition) {
      recognition.continuous = true;
      recognition.interimResults = false;
      recognition.onresult = (event) => {
        text = Array.from(event.results, (r) => r[0]?.transcript ?? "").join(" ").trim();
        setHeard(text);
      };
      try {
        recognition.start();
      } catch {
        // Some browsers expose the API but refuse to start it (no speech service); typed text remains.
      }
    }
    const startedAt = performance.now();
    let frame = 0;
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      setLevel(Math.min(1, Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / samples.length) * 4));
      const seconds = (performance.now() - startedAt) / 1000;
      setElapsed(seconds);
      if (seconds >= maxSeconds) stopRef.current();
      else frame = requestAnimationFrame(tick);
    };
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.onstop = () => {
      cancelAnimationFrame(frame);
      for (const track of stream.getTracks()) track.stop();
      void context.close();
      setLevel(0);
      const recorded = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
      setClip(recorded);
      setState("recorded");
      onRecordedRef.current?.({ clip: recorded, heard: text, seconds: (performance.now() - startedAt) / 1000 });
    };
    stopRef.current = () => {
      stopRef.current = () => {};
      recognition?.stop();
      if (recorder.state !== "inactive") recorder.stop();
    };
    recorder.start(250);
    setHeard("");
    setClip(null);
    setState("recording");
    frame = requestAnimationFrame(tick);
  }, [maxSeconds, t]);

  const reset = useCallback(() => {
    setClip(null);
    setElapsed(0);
    setHeard("");
    setState("idle");
  }, []);

  useEffect(() => () => stopRef.current(), []);

  return { state, level, elapsed, secondsLeft: Math.max(0, Math.ceil(maxSeconds - elapsed)), clip, heard, error, start, stop, reset };
}
