import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { getConfig } from "../../config";
import { contactInvites } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { assertNoBlocks } from "../chat/blocks";
import { linkContacts } from "./contacts";

const HOUR_MS = 60 * 60_000;

export async function createInvite({ db, userId, maxUses, expiresInHours }: { db: Db; userId: string; maxUses: number | null; expiresInHours: number }) {
  const code = randomBytes(9).toString("base64url");
  const expiresAt = new Date(Date.now() + expiresInHours * HOUR_MS);
  await db.insert(contactInvites).values({ code, inviterId: userId, maxUses, expiresAt });
  return { code, url: `${getConfig().env.APP_URL}/translate?invite=${code}`, expiresAt: expiresAt.toISOString(), maxUses };
}

/** Uses one of the invite's uses and makes the two people contacts; a used-up or expired code is 410. */
export async function acceptInvite({ db, userId, code, now = new Date() }: { db: Db; userId: string; code: string; now?: Date }) {
  const [invite] = await db.select().from(contactInvites).where(eq(contactInvites.code, code));
  if (!invite) throw notFound("invite");
  if (invite.inviterId === userId) throw apiError("VALIDATION_ERROR", "translate.ownInvite", { fields: [{ field: "code", key: "fields.ownInvite" }] });
  await assertNoBlocks({ db, userId, otherIds: [invite.inviterId] });
  const [claimed] = await db
    .update(contactInvites)
    .set({ uses: sql`${contactInvites.uses} + 1` })
    .where(
      and(
        eq(contactInvites.id, invite.id),
        gt(contactInvites.expiresAt, now),
        or(isNull(contactInvites.maxUses), lt(contactInvites.uses, contactInvites.maxUses)),
      ),
    )
    .returning();
  if (!claimed) throw apiError("GONE", invite.expiresAt <= now ? "translate.inviteExpired" : "translate.inviteUsed");
  await linkContacts({ db, a: userId, b: invite.inviterId });
  return { inviterId: invite.inviterId };
}
