"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ChatMemory, ChatMode, ChatTurn, ConversationDetail, SessionType } from "@/components/coach/chat/api-types";
import { adoptStoredIds, toChatTurn } from "@/components/coach/chat/api-types";
import { apiFetch } from "./api-request";
import { COACH_CONVERSATIONS_KEY, conversationKey, fetchConversation } from "./use-coach-conversations";
import { sessionsKey } from "./use-coach-sessions";

type DoneItem = ChatTurn["doneActionItem"];
type TurnHeaders = { conversationId: string; newConversation: boolean; endedConversationId: string | null; offline: boolean; memories: ChatMemory[]; doneActionItem: DoneItem };

function readJsonHeader<T>(res: Response, name: string, fallback: T): T {
  try {
    const value = res.headers.get(name);
    return value ? (JSON.parse(decodeURIComponent(value)) as T) : fallback;
  } catch {
    return fallback;
  }
}

function readTurnHeaders(res: Response): TurnHeaders {
  const memories = readJsonHeader<ChatMemory[]>(res, "x-coach-memories", []);
  return {
    conversationId: res.headers.get("x-coach-conversation-id") ?? "",
    newConversation: res.headers.get("x-coach-new-conversation") === "true",
    endedConversationId: res.headers.get("x-coach-ended-conversation-id"),
    offline: res.headers.get("x-coach-offline") === "true",
    memories,
    doneActionItem: readJsonHeader<DoneItem>(res, "x-coach-done-action-item", null),
  };
}

// Action items are extracted after the answer has gone out; look again once they have had time.
const SUGGESTIONS_RECHECK_MS = 2_000;

type SendOptions = { sessionType: SessionType; mode: ChatMode; sessionId: string | null };

/** The conversation on screen: its messages, the answer streaming in, and which conversation it is.
 * It starts on `resume` (the live conversation /coach reopens) when there is one. A message after
 * 10 quiet minutes comes back in a new conversation; `notice` says so. */
export function useCoachChat(resume: ConversationDetail | null = null) {
  const t = useTranslations("Hooks");
  const queryClient = useQueryClient();
  const [conversationId, setConversationId] = useState<string | null>(resume?.conversation.id ?? null);
  const [turns, setTurns] = useState<ChatTurn[]>(() => resume?.messages.map(toChatTurn) ?? []);
  const [streaming, setStreaming] = useState(false);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((t) => window.clearTimeout(t)), []);

  function refreshAfterTurn(id: string) {
    void queryClient.invalidateQueries({ queryKey: COACH_CONVERSATIONS_KEY });
    void queryClient.invalidateQueries({ queryKey: conversationKey(id) });
    // By then the answer is stored too: its stored id replaces the local one, so it can be rated.
    const recheck = async () => {
      const detail = await queryClient.fetchQuery({ queryKey: conversationKey(id), queryFn: () => fetchConversation(id), staleTime: 0 });
      setTurns((all) => adoptStoredIds(all, detail.messages));
    };
    timers.current.push(window.setTimeout(() => void recheck().catch(() => undefined), SUGGESTIONS_RECHECK_MS));
  }

  async function open(id: string) {
    setLoading(true);
    setNotice(null);
    try {
      const detail = await queryClient.fetchQuery({ queryKey: conversationKey(id), queryFn: () => fetchConversation(id) });
      setConversationId(id);
      setTurns(detail.messages.map(toChatTurn));
    } finally {
      setLoading(false);
    }
  }

  function startNew() {
    setConversationId(null);
    setTurns([]);
    setNotice(null);
  }

  /** Sends the message and streams the answer in; resolves to the answer's text. */
  async function send(message: string, options: SendOptions): Promise<string> {
    const now = new Date().toISOString();
    const local = crypto.randomUUID();
    const userTurn: ChatTurn = { id: `local-user-${local}`, role: "user", content: message, createdAt: now, memories: [], offline: false, streaming: false, doneActionItem: null, rating: null };
    const answerId = `local-answer-${local}`;
    const before = turns;
    setTurns([...before, userTurn]);
    setStreaming(true);
    setNotice(null);
    try {
      const res = await apiFetch("/api/coach/chat", {
        method: "POST",
        body: { message, sessionType: options.sessionType, mode: options.mode, ...(conversationId ? { conversationId } : {}), ...(options.sessionId ? { sessionId: options.sessionId } : {}) },
      });
      const info = readTurnHeaders(res);
      // The first message in a scheduled session starts it, which the sessions page must show (and
      // which lets the session be completed there).
      if (options.sessionId) void queryClient.invalidateQueries({ queryKey: sessionsKey });
      const answer: ChatTurn = { id: answerId, role: "assistant", content: "", createdAt: now, memories: info.memories, offline: info.offline, streaming: true, doneActionItem: info.doneActionItem, rating: null };
      if (info.endedConversationId) setNotice(t("newConversation"));
      setConversationId(info.conversationId);
      setTurns([...(info.newConversation ? [] : before), userTurn, answer]);
      const update = (change: Partial<ChatTurn>) => setTurns((all) => all.map((t) => (t.id === answerId ? { ...t, ...change } : t)));
      let text = "";
      if (res.body) {
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          text += chunk.value;
          update({ content: text });
        }
      } else {
        text = await res.text();
      }
      update({ content: text, streaming: false });
      refreshAfterTurn(info.conversationId);
      return text;
    } catch (error) {
      setTurns(before);
      throw error;
    } finally {
      setStreaming(false);
    }
  }

  return { conversationId, turns, streaming, loading, notice, open, startNew, send };
}
