import type { ReactNode } from "react";
import { clerkMissingFromBuild, loadClerkSignOut } from "@/components/auth/clerk-loader";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { QueryProvider } from "@/components/query-provider";
import { AppShell } from "@/components/shell/app-shell";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";

async function clerkSignOut() {
  if (!loadClerkSignOut) throw clerkMissingFromBuild();
  const ClerkSignOutButton = await loadClerkSignOut();
  return <ClerkSignOutButton />;
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  // The proxy already turns signed-out visitors away; this check holds even if it is bypassed.
  const user = await requireCurrentUser();
  const signOut = getConfig().providers.auth === "clerk" ? await clerkSignOut() : <SignOutButton />;
  return (
    <QueryProvider>
      <AppShell signOut={signOut} signedInAs={user.displayName || user.email} notifications={<NotificationBell userId={user.id} />} moderator={user.role === "moderator" || user.role === "admin"}>
        {children}
      </AppShell>
    </QueryProvider>
  );
}
