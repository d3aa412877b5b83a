// Clerk's components, loaded on demand. next.config.ts inlines CLERK_UI at build time ("on" when
// the build has Clerk's keys), so a build for local auth (the default) leaves these imports out
// entirely and no page ships Clerk's browser code.

export const loadClerkProvider = process.env.CLERK_UI ? async () => (await import("@clerk/nextjs")).ClerkProvider : null;
export const loadClerkForms = process.env.CLERK_UI ? () => import("./clerk-forms") : null;
export const loadClerkSignOut = process.env.CLERK_UI ? async () => (await import("@/components/shell/clerk-sign-out-button")).ClerkSignOutButton : null;

/** Clerk is the auth provider now but the build had no keys for it: only a rebuild can bring its UI. */
export function clerkMissingFromBuild(): Error {
  return new Error("Clerk is configured but this build was made without its keys: build again with CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY set");
}
