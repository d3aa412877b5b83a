"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { isOpen, type PublicRoom, type SignalMessage } from "@/components/media/api-types";
import { createPeerSession, type PeerSession, type PeerState } from "./peer-session";
import { requestMicrophone } from "./request-microphone";
import { useAudioLevel } from "./use-audio-level";
import { useCallQuality } from "./use-call-quality";
import { fetchSignal, sendSignal, useRoom } from "./use-room";

// Audio constraints for a voice call: the browser's echo cancellation and noise suppression on, so
// each side hears the other and not itself.
const MICROPHONE: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };

export type CallPhase = "ready" | "joining" | PeerState;

/** A 1:1 call in a room: microphone, peer connection, signalling through room:{id}, heartbeat, mute,
 * both sides' speaking levels and the connection's quality. Audio goes peer to peer. */
export function useCall(roomId: string) {
  const t = useTranslations("Hooks");
  const [joined, setJoined] = useState(false);
  const [phase, setPhase] = useState<CallPhase>("ready");
  const [error, setError] = useState<string | null>(null);
  const [localStream, setLocalStream] = useState<MediaStream | null>(null);
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [audioContext, setAudioContext] = useState<AudioContext | null>(null);
  const [muted, setMuted] = useState(false);
  const [minutesWarning, setMinutesWarning] = useState<number | null>(null);
  const session = useRef<PeerSession | null>(null);
  const inbound = useRef<Promise<void>>(Promise.resolve());
  const outbound = useRef<Promise<void>>(Promise.resolve());
  const everConnected = useRef(false);

  const receive = useCallback(
    (signal: SignalMessage) => {
      inbound.current = inbound.current.then(async () => {
        const full = signal.payload || !signal.signalId ? signal : await fetchSignal(roomId, signal.signalId);
        await session.current?.receive(full);
      }).catch(() => undefined);
    },
    [roomId],
  );

  const { room, realtime, heartbeat, end } = useRoom(roomId, joined, {
    onSignal: receive,
    onPeerJoined: () => void session.current?.start(),
    onMinutesWarning: setMinutesWarning,
  });
  const data: PublicRoom | undefined = room.data;
  const open = data ? isOpen(data.status) : false;

  const join = useCallback(async () => {
    if (!data) return;
    setError(null);
    setPhase("joining");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: MICROPHONE });
    } catch {
      setError(t(`mic.${(await requestMicrophone()) ?? "unavailable"}`));
      return setPhase("ready");
    }
    const context = new AudioContext();
    await context.resume().catch(() => undefined);
    setAudioContext(context);
    setLocalStream(stream);
    session.current = createPeerSession({
      offerer: !data.self.polite,
      iceServers: data.iceServers,
      iceTransportPolicy: data.iceTransportPolicy,
      localStream: stream,
      send: (type, payload) => {
        outbound.current = outbound.current.then(() => sendSignal(roomId, type, payload)).catch(() => undefined);
      },
      onState: (state) => {
        if (state === "connected") everConnected.current = true;
        setPhase(state);
      },
      onRemoteStream: setRemoteStream,
    });
    setPhase("waiting");
    setJoined(true);
  }, [data, roomId, t]);

  // Join once this page follows room:{id}, so the other side's offer cannot be missed; the offerer
  // starts at once if the other person is already there, else on their room.joined.
  const announced = useRef(false);
  useEffect(() => {
    if (!joined || realtime !== "open" || announced.current) return;
    announced.current = true;
    void heartbeat(true)
      .then((next) => (next.other.joinedAt && isOpen(next.status) ? session.current?.start() : undefined))
      .catch(() => setError(t("joinFailed")));
  }, [joined, realtime, heartbeat, t]);

  const hangUp = useCallback(
    (reason: "ended" | "connection-failed" = "ended") => {
      session.current?.close();
      end.mutate(reason);
    },
    [end],
  );

  useEffect(() => {
    if (phase === "failed" && !everConnected.current && open) hangUp("connection-failed");
  }, [phase, open, hangUp]);

  // The call is over (either side, the sweep, the minutes): release the microphone and the connection.
  useEffect(() => {
    if (open || !joined) return;
    session.current?.close();
    localStream?.getTracks().forEach((t) => t.stop());
    void audioContext?.close().catch(() => undefined);
  }, [open, joined, localStream, audioContext]);

  const toggleMute = useCallback(() => {
    setMuted((was) => {
      localStream?.getAudioTracks().forEach((t) => (t.enabled = was));
      return !was;
    });
  }, [localStream]);

  const connection = useCallback(() => session.current?.connection() ?? null, []);
  const quality = useCallQuality(connection, joined && open);
  const localLevel = useAudioLevel(localStream, audioContext);
  const remoteLevel = useAudioLevel(remoteStream, audioContext);

  return {
    room,
    phase,
    error,
    join,
    hangUp,
    hangingUp: end.isPending,
    endError: end.error?.message ?? null,
    muted,
    toggleMute,
    remoteStream,
    localLevel,
    remoteLevel,
    quality,
    minutesWarning,
  };
}
