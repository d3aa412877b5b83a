import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TranslateApp } from "@/components/translate/translate-app";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Translate"))("meta") };
}

const single = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);

export default async function TranslatePage({ searchParams }: { searchParams: Promise<{ conversation?: string | string[]; invite?: string | string[] }> }) {
  const user = await requireCurrentUser("/translate");
  const params = await searchParams;
  const t = await getTranslations("Translate");
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <TranslateApp myId={user.id} initialConversation={single(params.conversation)} initialInvite={single(params.invite)} />
    </div>
  );
}
