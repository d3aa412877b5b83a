import type { RoomStatus } from "@/lib/db/schema";
import type { PublicRoom } from "@/lib/media/get-room";

export type { PublicRoom, RoomStatus };

/** A `signal` event on room:{id}: the payload inline, or the id of a stored one too large for NOTIFY. */
export type DescriptionPayload = { sdp: string; session: string };
export type CandidatePayload = RTCIceCandidateInit & { session: string };

export type SignalMessage =
  | { from: string; type: "offer" | "answer"; payload?: DescriptionPayload; signalId?: number }
  | { from: string; type: "candidate"; payload?: CandidatePayload; signalId?: number };

export const isOpen = (status: RoomStatus) => status === "initiated" || status === "active";
