import "server-only";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { blockedEitherWayIds } from "../../safety/blocks";

export const blockedBetween = () => apiError("FORBIDDEN", "translate.blocked");

/** Refuses (403) when the user and any of the others have blocked each other, either way. */
export async function assertNoBlocks({ db, userId, otherIds }: { db: Db; userId: string; otherIds: string[] }) {
  if (otherIds.length === 0) return;
  const blocked = new Set(await blockedEitherWayIds({ db, userId }));
  if (otherIds.some((id) => blocked.has(id))) throw blockedBetween();
}
