import type { Metadata } from "next";
import { ConnectProfileForm } from "@/components/connect/profile-form";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getConnectProfile } from "@/lib/connect/profile";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Connect profile" };

export default async function ConnectProfilePage() {
  const user = await requireCurrentUser("/connect/profile");
  const profile = await getConnectProfile({ db: await getDb(), userId: user.id });
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Connect profile</h1>
        <p className="text-muted-foreground">What people you are matched with see, and whom you would like to meet.</p>
      </div>
      <ConnectProfileForm initial={profile} />
    </div>
  );
}
