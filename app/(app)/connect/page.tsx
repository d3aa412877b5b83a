import type { Metadata } from "next";
import Link from "next/link";
import { ConnectFlow } from "@/components/connect/connect-flow";
import { Alert } from "@/components/ui/alert";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { restrictionOf } from "@/lib/connect/eligibility";
import { getConnectProfile } from "@/lib/connect/profile";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Connect" };

export default async function ConnectPage({ searchParams }: { searchParams: Promise<{ match?: string }> }) {
  const user = await requireCurrentUser("/connect");
  const profile = await getConnectProfile({ db: await getDb(), userId: user.id });
  const restriction = restrictionOf(user);
  const { match } = await searchParams;
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Connect</h1>
        <p className="text-muted-foreground">Say how you feel; talk to someone who feels the same, or whose mood could lift yours.</p>
      </div>
      {!user.emailVerified ? (
        <Alert variant="error">Verify your email address to use Connect. Check your inbox for the link.</Alert>
      ) : restriction ? (
        <Alert variant="error">{restriction}</Alert>
      ) : !profile ? (
        <Alert>
          First,{" "}
          <Link href="/connect/profile" className="font-medium text-primary underline underline-offset-4">
            set up your Connect profile
          </Link>
          : your name, age and the languages you speak.
        </Alert>
      ) : (
        <>
          <p className="text-sm">
            Matching as <strong>{profile.displayName}</strong> ·{" "}
            <Link href="/connect/profile" className="text-primary underline underline-offset-4">
              Edit profile
            </Link>
          </p>
          <ConnectFlow userId={user.id} initialMatchId={match && /^[0-9a-f-]{36}$/.test(match) ? match : undefined} />
        </>
      )}
    </div>
  );
}
