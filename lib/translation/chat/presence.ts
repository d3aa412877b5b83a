import "server-only";
import type { Db } from "../../db/types";
import { publish } from "../../realtime/bus";
import { conversationChannel } from "./channels";
import { requireMember, touchMember } from "./membership";

export async function sendTyping({ db, userId, conversationId }: { db: Db; userId: string; conversationId: string }) {
  await requireMember({ db, userId, conversationId });
  await publish({ db, channel: conversationChannel(conversationId), type: "typing", payload: { userId } });
}

/** A read receipt: everything up to now is read, and the other members are told. */
export async function markConversationRead({ db, userId, conversationId }: { db: Db; userId: string; conversationId: string }) {
  await requireMember({ db, userId, conversationId });
  await touchMember({ db, userId, conversationId, read: true });
  const at = new Date().toISOString();
  await publish({ db, channel: conversationChannel(conversationId), type: "read", payload: { userId, at } });
  return { readAt: at };
}
