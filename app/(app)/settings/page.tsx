import type { Metadata } from "next";
import { DeleteAccountDialog } from "@/components/settings/delete-account-dialog";
import { EmailVerification } from "@/components/settings/email-verification";
import { ExportDataButton } from "@/components/settings/export-data-button";
import { NotificationPreferencesForm } from "@/components/settings/notification-preferences-form";
import { PushDeviceToggle } from "@/components/settings/push-device-toggle";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { toPublicUser } from "@/lib/account/profile";
import { requireCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ verified?: string }> }) {
  const { verified } = await searchParams;
  const user = toPublicUser(await requireCurrentUser("/settings"));
  // Computed here once so the server-rendered list and the hydrated one are identical.
  const zones = Intl.supportedValuesOf("timeZone");

  return (
    <div className="mx-auto grid max-w-2xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Settings</h1>
        <p className="break-words text-muted-foreground">Signed in as {user.email}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>How Cadence addresses you, in which language and time, and how the coach talks to you.</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm initialUser={user} zones={zones} />
        </CardContent>
      </Card>
      {user.authProvider === "local" && (
        <Card>
          <CardHeader>
            <CardTitle>Email</CardTitle>
            <CardDescription>Where Cadence sends reminders and account mail.</CardDescription>
          </CardHeader>
          <CardContent>
            <EmailVerification email={user.email} verified={user.emailVerified} justVerified={verified === "1"} />
          </CardContent>
        </Card>
      )}
      <Card id="notifications">
        <CardHeader>
          <CardTitle>Notifications</CardTitle>
          <CardDescription>What reaches you, where, and when.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <PushDeviceToggle />
          <NotificationPreferencesForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Your data</CardTitle>
          <CardDescription>Download everything Cadence stores about you as a JSON file.</CardDescription>
        </CardHeader>
        <CardContent>
          <ExportDataButton />
        </CardContent>
      </Card>
      <Card className="border-destructive/50">
        <CardHeader>
          <CardTitle>Danger zone</CardTitle>
          <CardDescription>Delete your account and all of its data. This cannot be undone.</CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteAccountDialog />
        </CardContent>
      </Card>
    </div>
  );
}
