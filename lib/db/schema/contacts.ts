import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { inList } from "./in-list";
import { users } from "./users";

export const contactStatuses = ["outgoing", "incoming", "accepted"] as const;
export type ContactStatus = (typeof contactStatuses)[number];

/** Each side of a contact has its own row (its own nickname and status): a request writes
 * "outgoing" for the sender and "incoming" for the addressee; accepting turns both "accepted". */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: contactStatuses }).notNull(),
    nickname: text("nickname"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("contacts_owner_contact_unique").on(t.ownerId, t.contactId),
    check("contacts_status_check", sql`${t.status} in (${inList(contactStatuses)})`),
    check("contacts_not_self_check", sql`${t.ownerId} <> ${t.contactId}`),
  ],
);

/** An invite link / code: accepting it makes the inviter and the acceptor contacts. */
export const contactInvites = pgTable("contact_invites", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  inviterId: uuid("inviter_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  /** null: any number of people may use it until it expires. */
  maxUses: integer("max_uses"),
  uses: integer("uses").notNull().default(0),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Contact = typeof contacts.$inferSelect;
export type ContactInvite = typeof contactInvites.$inferSelect;
