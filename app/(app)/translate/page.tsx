import type { Metadata } from "next";
import { TranslateApp } from "@/components/translate/translate-app";
import { requireCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Translate" };

const single = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);

export default async function TranslatePage({ searchParams }: { searchParams: Promise<{ conversation?: string | string[]; invite?: string | string[] }> }) {
  const user = await requireCurrentUser("/translate");
  const params = await searchParams;
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Translate</h1>
        <p className="text-sm text-muted-foreground">Chat with your contacts, each in your own language.</p>
      </div>
      <TranslateApp myId={user.id} initialConversation={single(params.conversation)} initialInvite={single(params.invite)} />
    </div>
  );
}
