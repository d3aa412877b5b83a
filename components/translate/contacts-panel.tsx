"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useContacts, useStartConversation } from "@/hooks/use-contacts";
import { ContactForms } from "./contact-forms";
import { ContactRow } from "./contact-row";
import { GlossaryCard } from "./glossary-card";

/** Contacts and requests; pick one to start a chat, several (up to 49) for a group. */
export function ContactsPanel({ initialInvite, onOpen }: { initialInvite?: string; onOpen: (conversationId: string) => void }) {
  const t = useTranslations("Translate");
  const contacts = useContacts();
  const start = useStartConversation();
  const [picked, setPicked] = useState<string[]>([]);
  const [title, setTitle] = useState("");
  const select = (userId: string, on: boolean) => setPicked((ids) => (on ? [...ids, userId] : ids.filter((id) => id !== userId)));
  const open = () =>
    start.mutate(
      { memberIds: picked, title: picked.length > 1 && title.trim() ? title.trim() : undefined },
      { onSuccess: (conversation) => { setPicked([]); setTitle(""); onOpen(conversation.id); } },
    );

  return (
    <div className="grid gap-6">
      <ContactForms initialInvite={initialInvite} />
      <div className="grid gap-2">
        <h2 className="text-sm font-semibold">{t("yourContacts")}</h2>
        {contacts.isPending ? (
          <Skeleton className="h-16" />
        ) : contacts.isError ? (
          <Alert variant="error">{contacts.error.message}</Alert>
        ) : contacts.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noContacts")}</p>
        ) : (
          <ul className="grid gap-2">
            {contacts.data.map((c) => (
              <ContactRow key={c.id} contact={c} selected={picked.includes(c.user.id)} onSelect={select} />
            ))}
          </ul>
        )}
      </div>
      {picked.length > 0 ? (
        <div className="grid gap-2 rounded-md border border-border p-3">
          {picked.length > 1 ? <Input aria-label={t("groupName")} placeholder={t("groupName")} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} /> : null}
          <Button onClick={open} disabled={start.isPending}>
            {picked.length > 1 ? t("startGroup", { count: picked.length }) : t("messageContact")}
          </Button>
          {start.isError ? <Alert variant="error">{start.error.message}</Alert> : null}
        </div>
      ) : null}
      <GlossaryCard />
    </div>
  );
}
