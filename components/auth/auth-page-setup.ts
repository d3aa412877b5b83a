import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";
import { safeNextPath } from "./safe-next-path";

export type AuthSearchParams = Promise<{ next?: string | string[] }>;

/** Shared by the sign-in and sign-up pages: where to go afterwards, and who is already signed in. */
export async function prepareAuthPage(searchParams: AuthSearchParams) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return { next, clerk: getConfig().providers.auth === "clerk" };
}
