"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiRequest, ApiError } from "./api-request";

// Messages typed while offline wait here (and in localStorage, so a reload keeps them) and are sent
// one at a time, in order, when the connection is back. Each carries a client id, which the server
// uses to store a retried send once.

export type Pending = { clientId: string; conversationId: string; text: string; state: "sending" | "waiting" | "failed"; error?: string };

const STORAGE_KEY = "cadence.translate.outbox";
/** Besides the browser's "online" event, a waiting message is retried this often. */
const RETRY_MS = 5_000;

function load(key: string): Pending[] {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? "[]") as Pending[]).map((p) => ({ ...p, state: "waiting" }));
  } catch {
    return [];
  }
}

const isNetworkError = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status >= 500 || error.status === 429);

/** The outbox of one signed-in user (another account on this browser has its own). */
export function useOutbox(userId: string, onSent: (conversationId: string) => void) {
  const t = useTranslations("Hooks");
  const couldNotSend = t("couldNotSend");
  const storageKey = `${STORAGE_KEY}.${userId}`;
  const [queue, setQueue] = useState<Pending[]>([]);
  const queueRef = useRef<Pending[]>([]);
  const busy = useRef(false);
  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  });

  const update = useCallback((next: Pending[]) => {
    queueRef.current = next;
    setQueue(next);
    localStorage.setItem(storageKey, JSON.stringify(next.filter((p) => p.state !== "failed")));
  }, [storageKey]);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      for (;;) {
        const next = queueRef.current.find((p) => p.state !== "failed");
        if (!next) return;
        update(queueRef.current.map((p) => (p.clientId === next.clientId ? { ...p, state: "sending" } : p)));
        try {
          await apiRequest(`/api/conversations/${next.conversationId}/messages`, { method: "POST", body: { text: next.text, clientId: next.clientId } });
          update(queueRef.current.filter((p) => p.clientId !== next.clientId));
          onSentRef.current(next.conversationId);
        } catch (error) {
          const waiting = isNetworkError(error);
          const message = error instanceof Error ? error.message : couldNotSend;
          update(queueRef.current.map((p) => (p.clientId === next.clientId ? { ...p, state: waiting ? "waiting" : "failed", error: message } : p)));
          // Later messages wait behind this one so the order holds; a refused one is set aside.
          if (waiting) {
            setTimeout(() => void flush(), RETRY_MS);
            return;
          }
        }
      }
    } finally {
      busy.current = false;
    }
  }, [update, couldNotSend]);

  useEffect(() => {
    // What a previous visit left unsent; flush() shows it as it sends.
    queueRef.current = load(storageKey);
    void flush();
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [flush, storageKey]);

  const send = useCallback(
    (conversationId: string, text: string) => {
      update([...queueRef.current, { clientId: crypto.randomUUID(), conversationId, text, state: "waiting" }]);
      void flush();
    },
    [flush, update],
  );

  const discard = useCallback((clientId: string) => update(queueRef.current.filter((p) => p.clientId !== clientId)), [update]);

  return { queue, send, discard, retry: flush };
}
