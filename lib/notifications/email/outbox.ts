import "server-only";
import { desc } from "drizzle-orm";
import { getConfig } from "../../config";
import { emailOutbox, type User } from "../../db/schema";
import type { Db } from "../../db/types";

/** The embedded outbox is for development; in production only the admins in ADMIN_EMAILS see it. */
export function canSeeOutbox(user: User | null): boolean {
  const { env } = getConfig();
  if (env.NODE_ENV !== "production") return true;
  const admins = (env.ADMIN_EMAILS ?? "").split(",").map((e) => e.trim().toLowerCase()).filter(Boolean);
  return Boolean(user && admins.includes(user.email.toLowerCase()));
}

export async function listOutbox({ db, limit = 50 }: { db: Db; limit?: number }) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}

/** The links in a mail's text, so the outbox can offer them as links to follow. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];
}
