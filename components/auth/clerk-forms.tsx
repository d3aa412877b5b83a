import { SignIn, SignUp } from "@clerk/nextjs";

// Rendered only when Clerk is the active auth provider (its components need the Clerk keys).

export function ClerkSignIn({ next }: { next: string }) {
  return <SignIn routing="hash" signUpUrl={`/sign-up?next=${encodeURIComponent(next)}`} forceRedirectUrl={next} />;
}

export function ClerkSignUp({ next }: { next: string }) {
  return <SignUp routing="hash" signInUrl={`/sign-in?next=${encodeURIComponent(next)}`} forceRedirectUrl={next} />;
}
