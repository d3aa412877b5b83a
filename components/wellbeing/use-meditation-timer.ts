"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const TICK_MS = 250;

/** Seconds of practice, counted only while running. Pausing, or the tab going out of sight, counts
 * as an interruption (hiding also pauses, so time away is not counted as practice). */
export function useMeditationTimer(totalSeconds: number, onFinish: () => void) {
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  const [interruptions, setInterruptions] = useState(0);
  const last = useRef<number | null>(null);
  const accumulated = useRef(0);
  const finished = useRef(false);
  const onFinishRef = useRef(onFinish);
  useEffect(() => {
    onFinishRef.current = onFinish;
  });

  const pause = useCallback((countAsInterruption = true) => {
    setRunning((wasRunning) => {
      if (wasRunning && countAsInterruption) setInterruptions((n) => n + 1);
      return false;
    });
  }, []);

  useEffect(() => {
    if (!running) {
      last.current = null;
      return;
    }
    last.current = Date.now();
    const id = setInterval(() => {
      const now = Date.now();
      accumulated.current += (now - (last.current ?? now)) / 1000;
      last.current = now;
      const seconds = Math.min(totalSeconds, Math.floor(accumulated.current));
      setElapsed(seconds);
      if (seconds >= totalSeconds && !finished.current) {
        finished.current = true;
        setRunning(false);
        onFinishRef.current();
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [running, totalSeconds]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") pause();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [pause]);

  return { elapsed, running, interruptions, start: () => setRunning(true), pause: () => pause(), stop: () => pause(false) };
}
