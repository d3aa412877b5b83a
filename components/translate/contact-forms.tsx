"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useAcceptInvite, useCreateInvite, useRequestContact } from "@/hooks/use-contacts";

/** Add a contact by email, make an invite link, or use someone's invite code. */
export function ContactForms({ initialInvite }: { initialInvite?: string }) {
  const t = useTranslations("Translate");
  const format = useFormatter();
  const request = useRequestContact();
  const createInvite = useCreateInvite();
  const acceptInvite = useAcceptInvite();
  const [email, setEmail] = useState("");
  const [code, setCode] = useState(initialInvite ?? "");

  const add = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim(), { onSuccess: () => setEmail("") });
  };
  const useCode = (event: FormEvent) => {
    event.preventDefault();
    acceptInvite.mutate(code.trim(), { onSuccess: () => setCode("") });
  };

  return (
    <div className="grid gap-4">
      <form onSubmit={add} className="grid gap-2">
        <TextField name="contact-email" label={t("addByEmail")} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={request.error?.fields.email ?? request.error?.message} required />
        <Button type="submit" variant="secondary" disabled={request.isPending || !email.trim()}>
          {t("sendRequest")}
        </Button>
        {request.isSuccess ? <Alert variant="success">{t("requestSent")}</Alert> : null}
      </form>
      <form onSubmit={useCode} className="grid gap-2">
        <TextField name="invite-code" label={t("haveCode")} value={code} onChange={(e) => setCode(e.target.value)} error={acceptInvite.error?.message} />
        <Button type="submit" variant="secondary" disabled={acceptInvite.isPending || !code.trim()}>
          {t("useCode")}
        </Button>
        {acceptInvite.isSuccess ? <Alert variant="success">{t("nowContacts")}</Alert> : null}
      </form>
      <div className="grid gap-2">
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" disabled={createInvite.isPending} onClick={() => createInvite.mutate({ maxUses: 1 })}>
            {t("inviteOnePerson")}
          </Button>
          <Button variant="outline" size="sm" disabled={createInvite.isPending} onClick={() => createInvite.mutate({ maxUses: null })}>
            {t("inviteLinkMany")}
          </Button>
        </div>
        {createInvite.data ? (
          <Alert>
            {t.rich(createInvite.data.maxUses === 1 ? "inviteOne" : "inviteMany", {
              code: createInvite.data.code,
              url: createInvite.data.url,
              until: format.dateTime(new Date(createInvite.data.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
              strong: (chunks) => <strong data-testid="invite-code">{chunks}</strong>,
              link: (chunks) => <span className="break-all">{chunks}</span>,
            })}
          </Alert>
        ) : null}
        {createInvite.isError ? <Alert variant="error">{createInvite.error.message}</Alert> : null}
      </div>
    </div>
  );
}
