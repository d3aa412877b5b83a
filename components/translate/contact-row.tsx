"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useAcceptContact, useBlockContact, useDeclineContact, useRemoveContact, useRenameContact } from "@/hooks/use-contacts";
import { type Contact, LANGUAGE_NAMES } from "./api-types";

type Props = { contact: Contact; selected: boolean; onSelect: (userId: string, on: boolean) => void };

/** A contact with what can be done to it: accept / decline a request, nickname, remove, block. */
export function ContactRow({ contact, selected, onSelect }: Props) {
  const t = useTranslations("Translate");
  const accept = useAcceptContact();
  const decline = useDeclineContact();
  const remove = useRemoveContact();
  const block = useBlockContact();
  const rename = useRenameContact();
  const [editing, setEditing] = useState(false);
  const [nickname, setNickname] = useState(contact.nickname ?? "");
  const name = contact.nickname || contact.user.name || contact.user.email;
  const error = [accept, decline, remove, block, rename].find((m) => m.isError)?.error?.message;
  const checkboxId = `contact-pick-${contact.id}`;

  return (
    <li className="grid gap-2 rounded-md border border-border p-3" data-testid="contact-row">
      <div className="flex items-start gap-3">
        {contact.status === "accepted" ? (
          <input id={checkboxId} type="checkbox" className="mt-1 size-4" checked={selected} onChange={(e) => onSelect(contact.user.id, e.target.checked)} aria-label={t("choose", { name })} />
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium">{name}</p>
          <p className="truncate text-xs text-muted-foreground">
            {LANGUAGE_NAMES[contact.user.language] ?? contact.user.language} · {t("voiceProfileNone")}
            {contact.status === "outgoing" ? t("requestSentShort") : contact.status === "incoming" ? t("wantsToConnect") : ""}
          </p>
        </div>
      </div>
      {editing ? (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate({ id: contact.id, nickname: nickname.trim() || null }, { onSuccess: () => setEditing(false) });
          }}
        >
          <Input aria-label={t("nicknameFor", { name: contact.user.name })} value={nickname} maxLength={80} onChange={(e) => setNickname(e.target.value)} />
          <Button type="submit" size="sm">
            {t("save")}
          </Button>
        </form>
      ) : null}
      <div className="flex flex-wrap gap-1">
        {contact.status === "incoming" ? (
          <>
            <Button size="sm" onClick={() => accept.mutate(contact.id)} disabled={accept.isPending}>
              {t("accept")}
            </Button>
            <Button size="sm" variant="outline" onClick={() => decline.mutate(contact.id)} disabled={decline.isPending}>
              {t("decline")}
            </Button>
          </>
        ) : null}
        {contact.status === "accepted" ? (
          <Button size="sm" variant="ghost" onClick={() => setEditing((v) => !v)}>
            {t("nickname")}
          </Button>
        ) : null}
        {contact.status !== "incoming" ? (
          <Button size="sm" variant="ghost" onClick={() => remove.mutate(contact.id)} disabled={remove.isPending}>
            {contact.status === "outgoing" ? t("cancelRequest") : t("remove")}
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" className="text-destructive" onClick={() => block.mutate(contact.id)} disabled={block.isPending}>
          {t("block")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </li>
  );
}
