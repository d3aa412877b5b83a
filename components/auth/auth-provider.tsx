import type { ReactNode } from "react";
import { getConfig } from "@/lib/config";
import { clerkMissingFromBuild, loadClerkProvider } from "./clerk-loader";

/** Clerk's provider around the app, in Clerk mode only (see clerk-loader.ts). */
export async function AuthProvider({ children }: { children: ReactNode }) {
  if (getConfig().providers.auth !== "clerk") return children;
  if (!loadClerkProvider) throw clerkMissingFromBuild();
  const ClerkProvider = await loadClerkProvider();
  return <ClerkProvider dynamic>{children}</ClerkProvider>;
}
