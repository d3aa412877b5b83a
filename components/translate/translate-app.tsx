"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { cn } from "@/components/ui/cn";
import { useOutbox } from "@/hooks/use-outbox";
import { messagesKey } from "@/hooks/use-translate-chat";
import { ChatView } from "./chat-view";
import { ContactsPanel } from "./contacts-panel";
import { ConversationList } from "./conversation-list";

type Props = { myId: string; initialConversation?: string; initialInvite?: string };

/** Conversations and contacts beside the open chat; on a phone one of the two at a time. */
export function TranslateApp({ myId, initialConversation, initialInvite }: Props) {
  const t = useTranslations("Translate");
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string | null>(initialConversation ?? null);
  const [tab, setTab] = useState<"chats" | "contacts">(initialInvite ? "contacts" : "chats");
  const onSent = useCallback((conversationId: string) => void queryClient.invalidateQueries({ queryKey: messagesKey(conversationId) }), [queryClient]);
  const outbox = useOutbox(myId, onSent);

  const open = (id: string | null) => {
    setSelected(id);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set("conversation", id);
    else url.searchParams.delete("conversation");
    url.searchParams.delete("invite");
    window.history.replaceState(null, "", url);
    if (id) setTab("chats");
  };

  const tabClass = (active: boolean) =>
    cn("flex-1 rounded-md px-3 py-2 text-sm font-medium focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none", active ? "bg-background shadow-sm" : "text-muted-foreground");

  return (
    <div className="grid gap-4 md:grid-cols-[20rem_1fr]">
      <aside className={cn("grid content-start gap-4", selected && "hidden md:grid")}>
        <div role="tablist" aria-label={t("title")} className="flex gap-1 rounded-lg bg-muted p-1">
          <button type="button" role="tab" aria-selected={tab === "chats"} className={tabClass(tab === "chats")} onClick={() => setTab("chats")}>
            {t("chats")}
          </button>
          <button type="button" role="tab" aria-selected={tab === "contacts"} className={tabClass(tab === "contacts")} onClick={() => setTab("contacts")}>
            {t("contacts")}
          </button>
        </div>
        <div role="tabpanel">
          {tab === "chats" ? <ConversationList myId={myId} selectedId={selected} onOpen={open} /> : <ContactsPanel initialInvite={initialInvite} onOpen={open} />}
        </div>
      </aside>
      <div className={cn(!selected && "hidden md:block")}>
        {selected ? (
          <ChatView
            key={selected}
            conversationId={selected}
            myId={myId}
            pending={outbox.queue.filter((p) => p.conversationId === selected)}
            onSend={(text) => outbox.send(selected, text)}
            onDiscard={outbox.discard}
            onBack={() => open(null)}
          />
        ) : (
          <div className="grid min-h-[40vh] place-items-center rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
            {t("chooseConversation")}
          </div>
        )}
      </div>
    </div>
  );
}
