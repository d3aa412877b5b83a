import "server-only";
import { and, asc, eq, or, sql } from "drizzle-orm";
import { contacts, users } from "../../db/schema";
import type { Db } from "../../db/types";
import { apiError, notFound } from "../../http";
import { blockUser } from "../../safety/blocks";
import { assertNoBlocks } from "../chat/blocks";

// A contact is two rows, one per side, so each side owns its nickname and sees its own status.

export type ContactView = {
  id: string;
  status: "outgoing" | "incoming" | "accepted";
  nickname: string | null;
  user: { id: string; name: string; email: string; language: string; voiceProfile: "none" };
};

export async function listContacts({ db, userId }: { db: Db; userId: string }): Promise<ContactView[]> {
  const rows = await db
    .select({ id: contacts.id, status: contacts.status, nickname: contacts.nickname, user: users })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.contactId))
    .where(eq(contacts.ownerId, userId))
    .orderBy(asc(users.displayName));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    nickname: r.nickname,
    // Voice profiles (clones) are not built yet; the profile says so rather than guessing.
    user: { id: r.user.id, name: r.user.displayName, email: r.user.email, language: r.user.preferredLanguage, voiceProfile: "none" },
  }));
}

/** Links two users as accepted contacts (an accepted invite, or a request met by the other's). */
export async function linkContacts({ db, a, b }: { db: Db; a: string; b: string }) {
  await db
    .insert(contacts)
    .values([
      { ownerId: a, contactId: b, status: "accepted" },
      { ownerId: b, contactId: a, status: "accepted" },
    ])
    .onConflictDoUpdate({ target: [contacts.ownerId, contacts.contactId], set: { status: "accepted" } });
}

/** Sends a contact request by email; when they already asked us, it accepts theirs instead. */
export async function requestContact({ db, userId, email }: { db: Db; userId: string; email: string }) {
  const [other] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!other) throw notFound("userWithEmail");
  if (other.id === userId) throw apiError("VALIDATION_ERROR", "translate.selfContact", { fields: [{ field: "email", key: "fields.ownAddress" }] });
  await assertNoBlocks({ db, userId, otherIds: [other.id] });
  const [mine] = await db.select().from(contacts).where(and(eq(contacts.ownerId, userId), eq(contacts.contactId, other.id)));
  if (mine?.status === "incoming") await linkContacts({ db, a: userId, b: other.id });
  else if (!mine) {
    await db.insert(contacts).values([
      { ownerId: userId, contactId: other.id, status: "outgoing" },
      { ownerId: other.id, contactId: userId, status: "incoming" },
    ]);
  }
  return (await listContacts({ db, userId })).find((c) => c.user.id === other.id)!;
}

async function ownRow({ db, userId, contactRowId }: { db: Db; userId: string; contactRowId: string }) {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.id, contactRowId), eq(contacts.ownerId, userId)));
  if (!row) throw notFound("contact");
  return row;
}

export async function acceptContact({ db, userId, contactRowId }: { db: Db; userId: string; contactRowId: string }) {
  const row = await ownRow({ db, userId, contactRowId });
  if (row.status === "outgoing") throw apiError("CONFLICT", "translate.notYourRequest");
  await linkContacts({ db, a: userId, b: row.contactId });
  return (await listContacts({ db, userId })).find((c) => c.id === row.id)!;
}

/** Declining a request and removing a contact both delete the two rows. */
export async function removeContact({ db, userId, contactRowId }: { db: Db; userId: string; contactRowId: string }) {
  const row = await ownRow({ db, userId, contactRowId });
  await db
    .delete(contacts)
    .where(
      or(
        and(eq(contacts.ownerId, userId), eq(contacts.contactId, row.contactId)),
        and(eq(contacts.ownerId, row.contactId), eq(contacts.contactId, userId)),
      ),
    );
  return row;
}

export async function renameContact({ db, userId, contactRowId, nickname }: { db: Db; userId: string; contactRowId: string; nickname: string | null }) {
  const row = await ownRow({ db, userId, contactRowId });
  await db.update(contacts).set({ nickname }).where(eq(contacts.id, row.id));
  return (await listContacts({ db, userId })).find((c) => c.id === row.id)!;
}

/** Blocks the contact (Connect honours the same block) and removes them from my contacts. */
export async function blockContact({ db, userId, contactRowId }: { db: Db; userId: string; contactRowId: string }) {
  const row = await removeContact({ db, userId, contactRowId });
  return blockUser({ db, userId, otherUserId: row.contactId });
}
