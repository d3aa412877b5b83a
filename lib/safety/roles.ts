import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { users, userRoles, type User, type UserRole } from "../db/schema/users";
import type { Db } from "../db/types";
import { apiError } from "../http";

export function isUserRole(value: string): value is UserRole {
  return (userRoles as readonly string[]).includes(value);
}

/** Sets the role of every account with this email (local and Clerk rows alike); returns how many. */
export async function setUserRole({ db, email, role }: { db: Db; email: string; role: UserRole }): Promise<number> {
  const rows = await db
    .update(users)
    .set({ role })
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .returning({ id: users.id });
  return rows.length;
}

export function requireModerator(user: User): void {
  if (user.role !== "moderator" && user.role !== "admin") {
    throw apiError("FORBIDDEN", "safety.moderatorsOnly");
  }
}

export async function countAdmins(db: Db): Promise<number> {
  return (await db.select({ id: users.id }).from(users).where(and(eq(users.role, "admin")))).length;
}
