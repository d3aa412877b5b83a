import "server-only";
import { getConfig } from "../config";
import type { User } from "../db/schema";
import type { Database } from "../db/types";
import "./channel-kinds";
import { authorizeChannels } from "./channels";
import { openEventStream } from "./sse";
import { takeStreamSlot } from "./stream-slots";

/** Authorises every channel for the user, then opens their event stream within their stream limit. */
export async function subscribeUser({
  database,
  user,
  channels,
  lastEventId,
  signal,
  streamLimit = getConfig().env.SSE_STREAMS_PER_USER,
}: {
  database: Database;
  user: User;
  channels: string[];
  lastEventId: number | null;
  signal: AbortSignal;
  streamLimit?: number;
}): Promise<ReadableStream<Uint8Array>> {
  await authorizeChannels({ db: database.db, user, channels });
  const release = takeStreamSlot(user.id, streamLimit);
  try {
    return await openEventStream({ database, channels, lastEventId, signal, onClose: release });
  } catch (error) {
    release();
    throw error;
  }
}
