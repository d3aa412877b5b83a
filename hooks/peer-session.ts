"use client";

import type { CandidatePayload, DescriptionPayload, SignalMessage } from "@/components/media/api-types";

// One RTCPeerConnection of a call and the rules around it. The offerer (the impolite side of the
// pair, fixed by the server) makes every offer: at the start, when the other side's page (re)joins,
// and as an ICE restart when the connection drops. The answerer only answers. Every message names
// the offerer's connection (`session`), so messages of an older connection are dropped.

export type PeerState = "waiting" | "connecting" | "connected" | "reconnecting" | "failed";

export type PeerSessionOptions = {
  offerer: boolean;
  iceServers: RTCIceServer[];
  iceTransportPolicy: RTCIceTransportPolicy;
  localStream: MediaStream;
  send: (type: "offer" | "answer" | "candidate", payload: DescriptionPayload | CandidatePayload) => void;
  onState: (state: PeerState) => void;
  onRemoteStream: (stream: MediaStream | null) => void;
};

const DISCONNECTED_GRACE_MS = 2_000;
const MAX_RESTARTS = 3;
/** The answerer waits this long for the offerer's ICE restarts before calling the connection lost. */
const ANSWERER_GIVES_UP_MS = 30_000;

/** Opus only: the call is speech, and Opus carries it best (with in-band FEC for lost packets). */
function preferOpus(pc: RTCPeerConnection) {
  const opus = RTCRtpReceiver.getCapabilities?.("audio")?.codecs.filter((c) => c.mimeType.toLowerCase() === "audio/opus") ?? [];
  if (!opus.length) return;
  for (const transceiver of pc.getTransceivers()) transceiver.setCodecPreferences?.(opus);
}

export function createPeerSession(options: PeerSessionOptions) {
  let pc: RTCPeerConnection | null = null;
  let session = "";
  let pending: RTCIceCandidateInit[] = [];
  let restarts = 0;
  let connected = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    clearTimeout(graceTimer);
    pc?.close();
    pc = null;
    pending = [];
    options.onRemoteStream(null);
  };

  const offer = async (iceRestart: boolean) => {
    const current = pc;
    if (!current) return;
    await current.setLocalDescription(await current.createOffer({ iceRestart }));
    if (pc === current && current.localDescription) options.send("offer", { sdp: current.localDescription.sdp, session });
  };

  const onIceState = (current: RTCPeerConnection) => {
    if (current !== pc) return;
    const ice = current.iceConnectionState;
    clearTimeout(graceTimer);
    if (ice === "connected" || ice === "completed") {
      connected = true;
      restarts = 0;
      return options.onState("connected");
    }
    if (ice === "checking" || ice === "new") return options.onState(connected ? "reconnecting" : "connecting");
    if (ice !== "disconnected" && ice !== "failed") return;
    options.onState(connected ? "reconnecting" : "connecting");
    if (!options.offerer) {
      graceTimer = setTimeout(() => {
        if (current === pc && ["disconnected", "failed"].includes(current.iceConnectionState)) options.onState("failed");
      }, ANSWERER_GIVES_UP_MS);
      return;
    }
    graceTimer = setTimeout(
      () => {
        if (current !== pc || !["disconnected", "failed"].includes(current.iceConnectionState)) return;
        if (restarts >= MAX_RESTARTS) return options.onState("failed");
        restarts += 1;
        void offer(true).catch(() => options.onState("failed"));
      },
      ice === "failed" ? 0 : DISCONNECTED_GRACE_MS,
    );
  };

  const open = (sessionId: string) => {
    close();
    session = sessionId;
    connected = false;
    restarts = 0;
    const next = new RTCPeerConnection({ iceServers: options.iceServers, iceTransportPolicy: options.iceTransportPolicy });
    pc = next;
    for (const track of options.localStream.getAudioTracks()) next.addTrack(track, options.localStream);
    preferOpus(next);
    next.onicecandidate = (event) => {
      if (event.candidate && next === pc) options.send("candidate", { ...event.candidate.toJSON(), session });
    };
    next.ontrack = (event) => options.onRemoteStream(event.streams[0] ?? new MediaStream([event.track]));
    next.oniceconnectionstatechange = () => onIceState(next);
    options.onState("connecting");
    return next;
  };

  const flush = async (current: RTCPeerConnection) => {
    const queued = pending;
    pending = [];
    for (const candidate of queued) await current.addIceCandidate(candidate).catch(() => undefined);
  };

  return {
    /** Offerer: a fresh connection and its offer (the start, or the other side's page rejoined). */
    async start() {
      if (!options.offerer) return;
      open(crypto.randomUUID());
      await offer(false);
    },
    async receive(signal: SignalMessage) {
      const payload = signal.payload;
      if (!payload) return;
      if (signal.type === "offer" && !options.offerer) {
        const { sdp, session: theirs } = payload as DescriptionPayload;
        const current = theirs === session && pc ? pc : open(theirs);
        await current.setRemoteDescription({ type: "offer", sdp });
        await flush(current);
        await current.setLocalDescription(await current.createAnswer());
        if (current === pc && current.localDescription) options.send("answer", { sdp: current.localDescription.sdp, session });
      } else if (signal.type === "answer" && options.offerer) {
        const { sdp, session: theirs } = payload as DescriptionPayload;
        if (!pc || theirs !== session || pc.signalingState !== "have-local-offer") return;
        await pc.setRemoteDescription({ type: "answer", sdp });
        await flush(pc);
      } else if (signal.type === "candidate") {
        const { session: theirs, ...candidate } = payload as CandidatePayload;
        if (!pc || theirs !== session) return;
        if (pc.remoteDescription) await pc.addIceCandidate(candidate).catch(() => undefined);
        else pending.push(candidate);
      }
    },
    connection: () => pc,
    close,
  };
}

export type PeerSession = ReturnType<typeof createPeerSession>;
