"use client";

import { SignOutButton } from "@clerk/nextjs";
import { SignOutLook } from "./sign-out-button";

/** Clerk auth: Clerk ends its session, then sends the visitor to sign-in. */
export function ClerkSignOutButton() {
  return (
    <SignOutButton redirectUrl="/sign-in">
      <SignOutLook />
    </SignOutButton>
  );
}
