"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useAcceptContact, useBlockContact, useDeclineContact, useRemoveContact, useRenameContact } from "@/hooks/use-contacts";
import { type Contact, LANGUAGE_NAMES } from "./api-types";

type Props = { contact: Contact; selected: boolean; onSelect: (userId: string, on: boolean) => void };

/** A contact with what can be done to it: accept / decline a request, nickname, remove, block. */
export function ContactRow({ contact, selected, onSelect }: Props) {
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
          <input id={checkboxId} type="checkbox" className="mt-1 size-4" checked={selected} onChange={(e) => onSelect(contact.user.id, e.target.checked)} aria-label={`Choose ${name} for a conversation`} />
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium">{name}</p>
          <p className="truncate text-xs text-muted-foreground">
            {LANGUAGE_NAMES[contact.user.language] ?? contact.user.language} · voice profile: not set up
            {contact.status === "outgoing" ? " · request sent" : contact.status === "incoming" ? " · wants to connect" : ""}
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
          <Input aria-label={`Nickname for ${contact.user.name}`} value={nickname} maxLength={80} onChange={(e) => setNickname(e.target.value)} />
          <Button type="submit" size="sm">
            Save
          </Button>
        </form>
      ) : null}
      <div className="flex flex-wrap gap-1">
        {contact.status === "incoming" ? (
          <>
            <Button size="sm" onClick={() => accept.mutate(contact.id)} disabled={accept.isPending}>
              Accept
            </Button>
            <Button size="sm" variant="outline" onClick={() => decline.mutate(contact.id)} disabled={decline.isPending}>
              Decline
            </Button>
          </>
        ) : null}
        {contact.status === "accepted" ? (
          <Button size="sm" variant="ghost" onClick={() => setEditing((v) => !v)}>
            Nickname
          </Button>
        ) : null}
        {contact.status !== "incoming" ? (
          <Button size="sm" variant="ghost" onClick={() => remove.mutate(contact.id)} disabled={remove.isPending}>
            {contact.status === "outgoing" ? "Cancel request" : "Remove"}
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" className="text-destructive" onClick={() => block.mutate(contact.id)} disabled={block.isPending}>
          Block
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
