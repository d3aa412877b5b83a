"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useAcceptInvite, useCreateInvite, useRequestContact } from "@/hooks/use-contacts";

/** Add a contact by email, make an invite link, or use someone's invite code. */
export function ContactForms({ initialInvite }: { initialInvite?: string }) {
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
        <TextField name="contact-email" label="Add by email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={request.error?.fields.email ?? request.error?.message} required />
        <Button type="submit" variant="secondary" disabled={request.isPending || !email.trim()}>
          Send request
        </Button>
        {request.isSuccess ? <Alert variant="success">Request sent.</Alert> : null}
      </form>
      <form onSubmit={useCode} className="grid gap-2">
        <TextField name="invite-code" label="Have an invite code?" value={code} onChange={(e) => setCode(e.target.value)} error={acceptInvite.error?.message} />
        <Button type="submit" variant="secondary" disabled={acceptInvite.isPending || !code.trim()}>
          Use code
        </Button>
        {acceptInvite.isSuccess ? <Alert variant="success">You are now contacts.</Alert> : null}
      </form>
      <div className="grid gap-2">
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" disabled={createInvite.isPending} onClick={() => createInvite.mutate({ maxUses: 1 })}>
            Invite one person
          </Button>
          <Button variant="outline" size="sm" disabled={createInvite.isPending} onClick={() => createInvite.mutate({ maxUses: null })}>
            Invite link for many
          </Button>
        </div>
        {createInvite.data ? (
          <Alert>
            Code <strong data-testid="invite-code">{createInvite.data.code}</strong> or link{" "}
            <span className="break-all">{createInvite.data.url}</span> — valid until {new Date(createInvite.data.expiresAt).toLocaleString()}
            {createInvite.data.maxUses === 1 ? ", for one person." : ", for anyone you share it with."}
          </Alert>
        ) : null}
        {createInvite.isError ? <Alert variant="error">{createInvite.error.message}</Alert> : null}
      </div>
    </div>
  );
}
