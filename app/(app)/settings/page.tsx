import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteAccountDialog } from "@/components/settings/delete-account-dialog";
import { EmailVerification } from "@/components/settings/email-verification";
import { ExportDataButton } from "@/components/settings/export-data-button";
import { NotificationPreferencesForm } from "@/components/settings/notification-preferences-form";
import { PushDeviceToggle } from "@/components/settings/push-device-toggle";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { toPublicUser } from "@/lib/account/profile";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("meta") };
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ verified?: string }> }) {
  const { verified } = await searchParams;
  const user = toPublicUser(await requireCurrentUser("/settings"));
  // Computed here once so the server-rendered list and the hydrated one are identical.
  const zones = Intl.supportedValuesOf("timeZone");
  const t = await getTranslations("Settings");

  return (
    <div className="mx-auto grid max-w-2xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="break-words text-muted-foreground">{t("signedInAs", { email: user.email })}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("profile")}</CardTitle>
          <CardDescription>{t("profileDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm initialUser={user} zones={zones} />
        </CardContent>
      </Card>
      {user.authProvider === "local" && (
        <Card>
          <CardHeader>
            <CardTitle>{t("email")}</CardTitle>
            <CardDescription>{t("emailDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <EmailVerification email={user.email} verified={user.emailVerified} justVerified={verified === "1"} />
          </CardContent>
        </Card>
      )}
      <Card id="notifications">
        <CardHeader>
          <CardTitle>{t("notifications")}</CardTitle>
          <CardDescription>{t("notificationsDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <PushDeviceToggle />
          <NotificationPreferencesForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("yourData")}</CardTitle>
          <CardDescription>{t("yourDataDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ExportDataButton />
        </CardContent>
      </Card>
      <Card className="border-destructive/50">
        <CardHeader>
          <CardTitle>{t("danger")}</CardTitle>
          <CardDescription>{t("dangerDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteAccountDialog />
        </CardContent>
      </Card>
    </div>
  );
}
