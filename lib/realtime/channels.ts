import "server-only";
import type { User } from "../db/schema";
import type { Db } from "../db/types";
import { apiError } from "../http";

// Channels are "<kind>:<id>". The pillar that owns a kind registers who may subscribe to it
// (owner or participant); a kind nobody registered, or a check that fails, is 403 — with the same
// message either way, so a subscriber learns nothing about channels that aren't theirs.

export type ChannelAuthorizer = (args: { db: Db; user: User; id: string }) => Promise<boolean> | boolean;

const authorizers = new Map<string, ChannelAuthorizer>();

export function registerChannelKind(kind: string, authorize: ChannelAuthorizer): void {
  authorizers.set(kind, authorize);
}

registerChannelKind("user", ({ user, id }) => user.id === id);

const CHANNEL = /^([a-z][a-z-]*):([A-Za-z0-9_-]{1,64})$/;

export async function authorizeChannels({ db, user, channels }: { db: Db; user: User; channels: string[] }) {
  for (const channel of channels) {
    const match = CHANNEL.exec(channel);
    const authorize = match ? authorizers.get(match[1] ?? "") : undefined;
    const allowed = match && authorize ? await authorize({ db, user, id: match[2] ?? "" }) : false;
    if (!allowed) throw apiError("FORBIDDEN", "common.channelForbidden", { details: { channel } });
  }
}
