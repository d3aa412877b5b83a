"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useConversations } from "@/hooks/use-contacts";
import { conversationTitle } from "./api-types";

export function ConversationList({ myId, selectedId, onOpen }: { myId: string; selectedId: string | null; onOpen: (id: string) => void }) {
  const t = useTranslations("Translate");
  const conversations = useConversations();
  if (conversations.isPending) return <Skeleton className="h-24" />;
  if (conversations.isError) return <Alert variant="error">{conversations.error.message}</Alert>;
  if (conversations.data.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("noConversations")}</p>;
  }
  return (
    <ul className="grid gap-1">
      {conversations.data.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            onClick={() => onOpen(c.id)}
            aria-current={c.id === selectedId ? "true" : undefined}
            className={cn(
              "w-full rounded-md px-3 py-2 text-left text-sm hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
              c.id === selectedId && "bg-accent",
            )}
          >
            <span className="block truncate font-medium">{conversationTitle(c, myId, { someone: t("someone"), justYou: t("justYou") })}</span>
            <span className="block truncate text-xs text-muted-foreground">
              {c.kind === "group" ? t("members", { count: c.members.length }) : ""}
              {t("youReadIn", { language: c.language })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
