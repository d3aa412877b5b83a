import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import type { User } from "../db/schema";
import { getUser } from "./index";

/** The signed-in user inside a server component or layout, or null; looked up once per request
 * however many layouts and pages ask. */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  return getUser({ db: await getDb(), headers: new Headers(await headers()) });
});

/** Same, but sends signed-out visitors to sign-in. */
export async function requireCurrentUser(next = "/dashboard"): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return user;
}
