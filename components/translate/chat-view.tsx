"use client";

import { ArrowLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { Pending } from "@/hooks/use-outbox";
import { useConversation, useConversationEvents, useFlagMessage, useMarkRead, useMessages, useTypingSignal } from "@/hooks/use-translate-chat";
import { conversationTitle } from "./api-types";
import { Composer } from "./composer";
import { ConversationLanguage } from "./conversation-language";
import { MessageBubble } from "./message-bubble";
import { OlderMessages } from "./older-messages";
import { PendingMessages } from "./pending-messages";

type Props = {
  conversationId: string;
  myId: string;
  pending: Pending[];
  onSend: (text: string) => void;
  onDiscard: (clientId: string) => void;
  onBack: () => void;
};

/** One conversation: history in my language (older pages load when scrolling up), live updates,
 * typing, read receipts and the composer. */
export function ChatView({ conversationId, myId, pending, onSend, onDiscard, onBack }: Props) {
  const t = useTranslations("Translate");
  const words = { someone: t("someone"), justYou: t("justYou") };
  const conversation = useConversation(conversationId);
  const messages = useMessages(conversationId);
  const { typing } = useConversationEvents(conversationId, myId);
  const signalTyping = useTypingSignal(conversationId);
  const flag = useFlagMessage(conversationId);
  const markRead = useMarkRead(conversationId);
  const bottom = useRef<HTMLDivElement>(null);
  const list = useMemo(() => [...(messages.data?.pages ?? [])].reverse().flatMap((p) => p.messages), [messages.data]);
  const newestId = list.at(-1)?.id;
  const { mutate: markReadNow } = markRead;

  useEffect(() => {
    if (!newestId) return;
    bottom.current?.scrollIntoView({ block: "end" });
    markReadNow();
  }, [newestId, markReadNow]);

  const members = conversation.data?.members ?? [];
  const others = members.filter((m) => m.userId !== myId);
  const newestMine = [...list].reverse().find((m) => m.senderId === myId);
  const seenByAll = Boolean(newestMine && others.length && others.every((m) => m.lastReadAt && m.lastReadAt >= newestMine.createdAt));
  const typingNames = others.filter((m) => typing.includes(m.userId)).map((m) => m.name || words.someone);
  const language = conversation.data?.language ?? "en";

  return (
    <section aria-label={t("conversation")} className="flex min-h-[70vh] flex-col rounded-lg border border-border bg-card">
      <header className="flex flex-wrap items-center gap-2 border-b border-border p-3">
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t("backToConversations")} onClick={onBack}>
          <ArrowLeft aria-hidden />
        </Button>
        <div className="min-w-0 flex-1">
          <h2 className="truncate font-semibold">{conversation.data ? conversationTitle(conversation.data, myId, words) : t("loading")}</h2>
          <p className="truncate text-xs text-muted-foreground">
            {members.map((m) => `${m.userId === myId ? t("you") : m.name || words.someone} (${m.language})`).join(" · ")}
          </p>
        </div>
        {conversation.data ? <ConversationLanguage conversationId={conversationId} language={language} /> : null}
      </header>
      <div className="flex-1 overflow-y-auto p-3" aria-live="polite">
        {messages.isPending ? (
          <div className="grid gap-3">
            <Skeleton className="h-10 w-2/3" />
            <Skeleton className="ml-auto h-10 w-1/2" />
          </div>
        ) : messages.isError ? (
          <Alert variant="error">{messages.error.message}</Alert>
        ) : (
          <>
            <OlderMessages hasMore={Boolean(messages.hasNextPage)} loading={messages.isFetchingNextPage} onLoad={() => void messages.fetchNextPage()} />
            {list.length === 0 && pending.length === 0 ? (
              <p className="py-10 text-center text-sm text-muted-foreground">{t("noMessages")}</p>
            ) : null}
            <ol className="grid gap-3">
              {list.map((m) => (
                <MessageBubble
                  key={m.id}
                  message={m}
                  mine={m.senderId === myId}
                  showSender={members.length > 2}
                  seen={m.id === newestMine?.id && seenByAll}
                  onFlag={(messageId) => flag.mutate({ messageId })}
                  flagging={flag.isPending}
                />
              ))}
            </ol>
            <PendingMessages pending={pending} onDiscard={onDiscard} />
          </>
        )}
        {flag.isSuccess ? (
          <p role="status" className="mt-2 text-xs text-muted-foreground">
            {flag.data.retranslated ? t("retranslated") : t("flagged")}
          </p>
        ) : null}
        <div ref={bottom} />
      </div>
      <p className="h-5 px-3 text-xs text-muted-foreground" aria-live="polite">
        {typingNames.length ? t("typing", { names: typingNames.join(", "), count: typingNames.length }) : ""}
      </p>
      <Composer onSend={onSend} onTyping={signalTyping} language={language} />
    </section>
  );
}
