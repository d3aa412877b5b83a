"use client";

import { useConversation, type Callbacks, type DisconnectionDetails } from "@elevenlabs/react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { TranscriptEntry, VoiceAgentStart } from "@/components/practice/api-types";
import { apiRequest } from "./api-request";
import { requestMicrophone } from "./request-microphone";
import { updateCallDetail, useEndCall } from "./use-practice-call";
import { mergeEntry } from "./use-practice-realtime";

export type VoiceAgentPhase = "connecting" | "live" | "ended" | "failed";
export type VoiceAgentFailure = { kind: "microphone" | "session"; message: string };
type VoiceLine = Parameters<NonNullable<Callbacks["onMessage"]>>[0];

/** A voice-agent call: asks for the microphone, runs the ElevenLabs session with the persona's overrides,
 * stores each final line as it is spoken, and ends through the same flow as text mode. */
export function useElevenLabsCall(callId: string, start: VoiceAgentStart | null) {
  const t = useTranslations("Hooks");
  const disconnectMessage = (details: DisconnectionDetails) =>
    details.reason === "error" && details.message ? t("voiceClosedBecause", { cause: details.message }) : t("voiceClosed");
  const queryClient = useQueryClient();
  const endCall = useEndCall(callId);
  const [connectedAt, setConnectedAt] = useState<number | null>(null);
  const [ended, setEnded] = useState(false);
  const [failure, setFailure] = useState<VoiceAgentFailure | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const connectedAtRef = useRef<number | null>(null);
  const lineCount = useRef(0);
  const ending = useRef(false);
  const started = useRef(false);
  const mounted = useRef(false);

  async function saveLine({ message, role }: VoiceLine) {
    const content = message.trim();
    if (!content) return;
    lineCount.current += 1;
    const source = role === "user" ? "user" : "ai";
    const body = {
      role: role === "user" ? "rep" : "persona",
      content,
      timestampMs: Math.max(0, Date.now() - (connectedAtRef.current ?? Date.now())),
      clientId: `el-${source}-${lineCount.current}`,
    };
    try {
      const stored = await apiRequest<TranscriptEntry>(`/api/calls/${callId}/transcript`, { method: "POST", body });
      updateCallDetail(queryClient, callId, (d) => ({ ...d, transcript: mergeEntry(d.transcript, stored) }));
    } catch {
      setSaveError(t("linesNotSaved"));
    }
  }

  const conversation = useConversation({
    onConnect: () => {
      connectedAtRef.current = Date.now();
      setConnectedAt(connectedAtRef.current);
    },
    onMessage: (payload) => void saveLine(payload),
    onError: (message) => {
      if (connectedAtRef.current === null) setFailure({ kind: "session", message: t("voiceConnectFailed", { message }) });
    },
    onDisconnect: (details) => {
      if (ending.current) return setEnded(true);
      if (details.reason === "agent") {
        setEnded(true);
        return endCall.mutate();
      }
      setFailure({ kind: "session", message: disconnectMessage(details) });
    },
  });
  const { startSession } = conversation;

  async function connect(session: VoiceAgentStart) {
    const refused = await requestMicrophone();
    if (!mounted.current) return;
    if (refused) return setFailure({ kind: "microphone", message: t(`mic.${refused}`) });
    startSession({ signedUrl: session.signedUrl, overrides: session.overrides });
  }

  const connectOnce = useEffectEvent((session: VoiceAgentStart) => {
    if (started.current) return;
    started.current = true;
    void connect(session);
  });
  useEffect(() => {
    mounted.current = true;
    if (start) connectOnce(start);
    return () => {
      mounted.current = false;
    };
  }, [start]);

  function retry() {
    if (!start) return;
    setFailure(null);
    void connect(start);
  }

  function end() {
    ending.current = true;
    conversation.endSession();
    setEnded(true);
    endCall.mutate();
  }

  const phase: VoiceAgentPhase = failure ? "failed" : ended ? "ended" : connectedAt !== null ? "live" : "connecting";
  return {
    phase,
    failure,
    saveError,
    connectedAt,
    speaking: conversation.isSpeaking,
    muted: conversation.isMuted,
    setMuted: conversation.setMuted,
    retry,
    end,
    endCall,
  };
}
