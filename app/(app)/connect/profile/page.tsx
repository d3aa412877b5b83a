import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConnectProfileForm } from "@/components/connect/profile-form";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getConnectProfile } from "@/lib/connect/profile";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Connect"))("profileMeta") };
}

export default async function ConnectProfilePage() {
  const t = await getTranslations("Connect");
  const user = await requireCurrentUser("/connect/profile");
  const profile = await getConnectProfile({ db: await getDb(), userId: user.id });
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("profileTitle")}</h1>
        <p className="text-muted-foreground">{t("profileIntro")}</p>
      </div>
      <ConnectProfileForm initial={profile} />
    </div>
  );
}
