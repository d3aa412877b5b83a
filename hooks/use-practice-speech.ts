"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { speechErrorMessage } from "./speech-error-message";

// The Web Speech API's recogniser is not in TypeScript's DOM library; this is the part we use.
type Recognition = {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { results: SpeechRecognitionResultList }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
};
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

const noSubscription = () => () => {};

/** Whether the browser supports a feature; false during server rendering and hydration. */
function useBrowserSupports(check: () => boolean): boolean {
  return useSyncExternalStore(noSubscription, check, () => false);
}

type RecognitionHandlers = { onInterim: (text: string) => void; onFinal: (text: string) => void; onError: (message: string) => void };

/** One utterance at a time: interim text while speaking, the final text once the speaker pauses. */
export function useSpeechRecognition(handlers: RecognitionHandlers) {
  const t = useTranslations("Hooks.speech");
  const supported = useBrowserSupports(() => Boolean(recognitionConstructor()));
  const [listening, setListening] = useState(false);
  const recognition = useRef<Recognition | null>(null);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  useEffect(() => () => recognition.current?.stop(), []);

  function start() {
    const Constructor = recognitionConstructor();
    if (!Constructor || listening) return;
    const r = new Constructor();
    r.lang = navigator.language || "en-US";
    r.interimResults = true;
    r.continuous = false;
    r.onresult = ({ results }) => {
      const text = Array.from(results, (result) => result[0]?.transcript ?? "").join(" ").trim();
      const final = results[results.length - 1]?.isFinal;
      if (final) handlersRef.current.onFinal(text);
      else handlersRef.current.onInterim(text);
    };
    r.onerror = ({ error }) => {
      const key = speechErrorMessage(error);
      if (key) handlersRef.current.onError(t(key));
    };
    r.onend = () => setListening(false);
    recognition.current = r;
    setListening(true);
    r.start();
  }

  return { supported, listening, start, stop: () => recognition.current?.stop() };
}

/** The persona's lines read aloud with the browser's own voices. */
export function useSpeechOutput() {
  const supported = useBrowserSupports(() => "speechSynthesis" in window);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => window.speechSynthesis?.cancel(), []);

  function speak(text: string) {
    if (!supported || !text.trim()) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.onstart = () => setSpeaking(true);
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    window.speechSynthesis.speak(utterance);
  }

  function cancel() {
    if (supported) window.speechSynthesis.cancel();
    setSpeaking(false);
  }

  return { supported, speaking, speak, cancel };
}
