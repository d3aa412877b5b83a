import "server-only";
import type { User } from "../db/schema";
import type { Database } from "../db/types";
import "./channel-kinds";
import { authorizeChannels } from "./channels";
import { openEventStream } from "./sse";

/** Authorises every channel for the user, then opens their event stream. */
export async function subscribeUser({
  database,
  user,
  channels,
  lastEventId,
  signal,
}: {
  database: Database;
  user: User;
  channels: string[];
  lastEventId: number | null;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  await authorizeChannels({ db: database.db, user, channels });
  return openEventStream({ database, channels, lastEventId, signal });
}
