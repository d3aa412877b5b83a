"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { isOpen, type PublicRoom, type SignalMessage } from "@/components/media/api-types";
import { ApiError, apiRequest, toApiError } from "./api-request";
import { useRealtime, type RealtimeMessage, type RealtimeStatus } from "./use-realtime";

export const roomQueryKey = (roomId: string) => ["rooms", roomId] as const;

type RoomEvents = {
  onSignal: (signal: SignalMessage) => void;
  /** The other participant opened the call (again): their side starts a fresh connection. */
  onPeerJoined: () => void;
  onMinutesWarning: (remainingSeconds: number) => void;
};

/** The room from the server, kept current by room:{id} events and by a heartbeat every
 * `heartbeatIntervalMs` once `joined` (the server ends a call whose heartbeat stops for 30 s). */
export function useRoom(roomId: string, joined: boolean, events: RoomEvents) {
  const queryClient = useQueryClient();
  const room = useQuery<PublicRoom, ApiError>({ queryKey: roomQueryKey(roomId), queryFn: () => apiRequest<PublicRoom>(`/api/rooms/${roomId}`) });
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  });
  const selfId = room.data?.self.userId;
  const open = room.data ? isOpen(room.data.status) : false;

  const onEvent = useCallback(
    (message: RealtimeMessage) => {
      const payload = message.payload;
      if (message.type === "signal" && payload.from !== selfId) eventsRef.current.onSignal(payload as unknown as SignalMessage);
      if (message.type === "room.joined" && payload.userId !== selfId) eventsRef.current.onPeerJoined();
      if (message.type === "call.minutes-warning" && payload.userId === selfId) eventsRef.current.onMinutesWarning(Number(payload.remainingSeconds));
      if (["room.joined", "room.active", "room.ended"].includes(message.type)) {
        void queryClient.invalidateQueries({ queryKey: roomQueryKey(roomId) });
      }
    },
    [queryClient, roomId, selfId],
  );
  const realtime: RealtimeStatus = useRealtime(selfId && open ? [`room:${roomId}`] : [], { "*": onEvent });

  const heartbeat = useCallback(
    async (joining = false) => {
      const next = await apiRequest<PublicRoom>(`/api/rooms/${roomId}/heartbeat`, { method: "POST", body: joining ? { joining } : {} });
      queryClient.setQueryData(roomQueryKey(roomId), next);
      return next;
    },
    [queryClient, roomId],
  );

  const interval = room.data?.heartbeatIntervalMs;
  useEffect(() => {
    if (!joined || !open || !interval) return;
    const timer = setInterval(() => void heartbeat().catch(() => undefined), interval);
    return () => clearInterval(timer);
  }, [joined, open, interval, heartbeat]);

  const end = useMutation<PublicRoom, ApiError, "ended" | "connection-failed">({
    mutationFn: async (reason) => {
      const res = await fetch(`/api/rooms/${roomId}/end`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ reason }),
        credentials: "same-origin",
      });
      if (res.ok) return (await res.json()) as PublicRoom;
      const error = await toApiError(res.clone());
      const ended = error.code === "CONFLICT" ? ((await res.json().catch(() => null)) as { error?: { details?: { room?: PublicRoom } } } | null) : null;
      if (ended?.error?.details?.room) return ended.error.details.room;
      throw error;
    },
    onSuccess: (next) => queryClient.setQueryData(roomQueryKey(roomId), next),
  });

  return { room, realtime, heartbeat, end };
}

/** Sends one signalling message; the caller awaits each in turn so the peer gets them in order. */
export async function sendSignal(roomId: string, type: "offer" | "answer" | "candidate", payload: unknown): Promise<void> {
  await apiRequest(`/api/rooms/${roomId}/signal`, { method: "POST", body: { type, payload } });
}

/** A signal whose payload was too large for the event, fetched by id. */
export async function fetchSignal(roomId: string, signalId: number): Promise<SignalMessage> {
  return apiRequest<SignalMessage>(`/api/rooms/${roomId}/signals/${signalId}`);
}
