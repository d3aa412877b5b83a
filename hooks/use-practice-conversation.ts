"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TranscriptEntry } from "@/components/practice/api-types";
import { apiFetch, apiRequest } from "./api-request";
import { callQueryKey, updateCallDetail } from "./use-practice-call";
import { mergeEntry } from "./use-practice-realtime";

export type PersonaReply = { text: string; provider: string | null };

async function streamReply(callId: string, onText: (text: string) => void): Promise<PersonaReply> {
  const res = await apiFetch(`/api/calls/${callId}/reply`, { method: "POST" });
  const provider = res.headers.get("x-ai-provider");
  if (!res.body) return { text: await res.text(), provider };
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += chunk.value;
    onText(text);
  }
  return { text, provider };
}

/** Text-mode turns: the rep's line is shown at once and stored, then the persona's answer streams in.
 * `reply` holds the latest answer until its stored copy reaches the transcript. */
export function useConversation(callId: string, startedAt: string | null) {
  const queryClient = useQueryClient();
  const [reply, setReply] = useState<{ text: string; streaming: boolean } | null>(null);
  const [provider, setProvider] = useState<string | null>(null);

  async function send(content: string): Promise<PersonaReply> {
    const clientId = crypto.randomUUID();
    const timestampMs = Math.max(0, Date.now() - (startedAt ? Date.parse(startedAt) : Date.now()));
    const optimistic: TranscriptEntry = { id: `local-${clientId}`, role: "rep", content, timestampMs, clientId };
    const setEntries = (change: (entries: TranscriptEntry[]) => TranscriptEntry[]) =>
      updateCallDetail(queryClient, callId, (d) => ({ ...d, transcript: change(d.transcript) }));
    setEntries((entries) => mergeEntry(entries, optimistic));
    try {
      const stored = await apiRequest<TranscriptEntry>(`/api/calls/${callId}/transcript`, {
        method: "POST",
        body: { role: "rep", content, timestampMs, clientId },
      });
      setEntries((entries) => mergeEntry(entries, stored));
    } catch (error) {
      setEntries((entries) => entries.filter((e) => e.clientId !== clientId));
      throw error;
    }
    setReply({ text: "", streaming: true });
    try {
      const answer = await streamReply(callId, (text) => setReply({ text, streaming: true }));
      setReply({ text: answer.text, streaming: false });
      setProvider(answer.provider);
      return answer;
    } catch (error) {
      setReply(null);
      throw error;
    } finally {
      void queryClient.invalidateQueries({ queryKey: callQueryKey(callId) });
    }
  }

  return { send, reply, provider };
}
