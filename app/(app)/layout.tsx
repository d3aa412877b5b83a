import type { ReactNode } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { AppShell } from "@/components/shell/app-shell";
import { ClerkSignOutButton } from "@/components/shell/clerk-sign-out-button";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // The proxy already turns signed-out visitors away; this check holds even if it is bypassed.
  const user = await requireCurrentUser();
  const signOut = getConfig().providers.auth === "clerk" ? <ClerkSignOutButton /> : <SignOutButton />;
  return (
    <AppShell signOut={signOut} signedInAs={user.displayName || user.email} notifications={<NotificationBell userId={user.id} />}>
      {children}
    </AppShell>
  );
}
