import "server-only";
import type { Db } from "../../db/types";
import { AppError } from "../../http";
import { isBlockedEitherWay } from "../../safety/blocks";

/** Refuses (403) when the user and any of the others have blocked each other, either way. */
export async function assertNoBlocks({ db, userId, otherIds }: { db: Db; userId: string; otherIds: string[] }) {
  const blocked = await Promise.all(otherIds.map((otherUserId) => isBlockedEitherWay({ db, userId, otherUserId })));
  if (blocked.some(Boolean)) throw new AppError("FORBIDDEN", "You cannot message someone who blocked you or whom you blocked.");
}
