"use client";

import { useEffect, useRef, useState } from "react";

export type RealtimeMessage = { channel: string; type: string; payload: Record<string, unknown> };
export type RealtimeStatus = "connecting" | "open" | "reconnecting" | "closed";
export type RealtimeHandlers = Partial<Record<string, (message: RealtimeMessage) => void>>;

const MAX_BACKOFF_MS = 30_000;

/** Follows channels over SSE. EventSource resumes by itself with Last-Event-ID after a dropped
 * connection; when the server refuses outright (e.g. 401) we reopen with backoff and resume from
 * the last id we saw. Handlers are keyed by event type ("*" receives everything). */
export function useRealtime(channels: string[], handlers: RealtimeHandlers): RealtimeStatus {
  const [status, setStatus] = useState<RealtimeStatus>("connecting");
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  const key = [...channels].sort().join(",");

  useEffect(() => {
    if (!key) return;
    let source: EventSource | null = null;
    let lastId: string | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const open = () => {
      const params = new URLSearchParams(key.split(",").map((c) => ["channel", c]));
      if (lastId) params.set("lastEventId", lastId);
      source = new EventSource(`/api/realtime?${params}`);
      source.onopen = () => {
        attempt = 0;
        setStatus("open");
      };
      source.onmessage = (event) => {
        lastId = event.lastEventId || lastId;
        const message = JSON.parse(event.data) as RealtimeMessage;
        handlersRef.current[message.type]?.(message);
        handlersRef.current["*"]?.(message);
      };
      source.onerror = () => {
        if (source?.readyState === EventSource.CONNECTING) return setStatus("reconnecting");
        source?.close();
        if (stopped) return;
        setStatus("reconnecting");
        timer = setTimeout(open, Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempt++));
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [key]);

  return key ? status : "closed";
}
