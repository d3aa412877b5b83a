"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useSpeechOutput } from "./use-practice-speech";

/** The coach's answers read aloud: ElevenLabs through POST /api/coach/tts when the server has it,
 * otherwise (or when it fails) the browser's own speech synthesis. */
export function useCoachVoice({ serverVoice }: { serverVoice: boolean }) {
  const t = useTranslations("Hooks");
  const browser = useSpeechOutput();
  const [playing, setPlaying] = useState(false);
  const [useServer, setUseServer] = useState(serverVoice);
  const audio = useRef<HTMLAudioElement | null>(null);
  useEffect(() => () => audio.current?.pause(), []);

  async function speakWithServer(text: string): Promise<boolean> {
    const res = await fetch("/api/coach/tts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: text.slice(0, 5_000) }),
      credentials: "same-origin",
    }).catch(() => null);
    if (!res?.ok) {
      // 409: the server has no ElevenLabs; stop asking for the rest of the visit.
      if (res?.status === 409) setUseServer(false);
      return false;
    }
    const url = URL.createObjectURL(await res.blob());
    const player = new Audio(url);
    audio.current?.pause();
    audio.current = player;
    player.onplay = () => setPlaying(true);
    player.onended = player.onerror = () => {
      setPlaying(false);
      URL.revokeObjectURL(url);
    };
    await player.play().catch(() => setPlaying(false));
    return true;
  }

  async function speak(text: string) {
    if (!text.trim()) return;
    if (useServer && (await speakWithServer(text))) return;
    browser.speak(text);
  }

  function cancel() {
    audio.current?.pause();
    setPlaying(false);
    browser.cancel();
  }

  return { supported: useServer || browser.supported, speaking: playing || browser.speaking, speak, cancel, engine: useServer ? "ElevenLabs" : t("yourBrowser") };
}
