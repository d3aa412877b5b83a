import { z } from "zod";

// What one peer may send the other. An audio-only SDP is 1–4 KB; 16 KB leaves room for many codecs
// and candidates gathered before the offer, and anything past it is not a real description.
export const MAX_SDP_CHARS = 16_384;

/** Which RTCPeerConnection a message belongs to (the offerer names a new one on each fresh start),
 * so a page that reloaded never mixes its old connection's answer or candidates into the new one. */
const session = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

const description = z.object({ sdp: z.string().min(1).max(MAX_SDP_CHARS), session }).strict();
const candidate = z
  .object({
    session,
    candidate: z.string().max(1_024),
    sdpMid: z.string().max(64).nullable().optional(),
    sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
    usernameFragment: z.string().max(256).nullable().optional(),
  })
  .strict();

export const signalSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("offer"), payload: description }).strict(),
  z.object({ type: z.literal("answer"), payload: description }).strict(),
  z.object({ type: z.literal("candidate"), payload: candidate }).strict(),
]);

export type SignalInput = z.infer<typeof signalSchema>;

export const endRoomSchema = z
  .object({
    /** "connection-failed": the peers never connected (ICE failed after its restarts). */
    reason: z.enum(["ended", "connection-failed"]).default("ended"),
  })
  .strict();

export type EndRoomInput = z.infer<typeof endRoomSchema>;
