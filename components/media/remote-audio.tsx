"use client";

import { useEffect, useRef } from "react";

/** Plays the other person's audio. Chrome only feeds a remote WebRTC stream into Web Audio (the
 * speaking meter) while a media element is playing it too. */
export function RemoteAudio({ stream, muted = false }: { stream: MediaStream | null; muted?: boolean }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    audio.srcObject = stream;
    if (stream) void audio.play().catch(() => undefined);
  }, [stream]);
  return <audio ref={ref} autoPlay muted={muted} className="hidden" data-testid="remote-audio" />;
}
