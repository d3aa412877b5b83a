import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { canSeeOutbox, linksIn, listOutbox } from "@/lib/notifications/email/outbox";

export const metadata: Metadata = { title: "Outbox" };
export const dynamic = "force-dynamic";

/** Mail the app would have sent, when no SMTP server is configured (newest first). */
export default async function OutboxPage() {
  if (!canSeeOutbox(await getCurrentUser())) notFound();
  const mails = await listOutbox({ db: await getDb() });
  const smtp = getConfig().providers.email === "smtp";
  return (
    <main id="main" className="mx-auto grid max-w-3xl gap-6 px-4 py-10">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Outbox</h1>
        <p className="text-muted-foreground">
          {smtp
            ? "SMTP is configured, so new mail goes to the mail server; this lists what was kept before."
            : "No SMTP server is configured (SMTP_URL and EMAIL_FROM), so mail is kept here instead of being sent."}
        </p>
      </div>
      {mails.length === 0 && <p>No mail yet.</p>}
      <ol className="grid gap-4" aria-label="Mails">
        {mails.map((mail) => (
          <li key={mail.id} className="grid gap-2 rounded-md border border-border p-4">
            <h2 className="font-semibold">{mail.subject}</h2>
            <p className="text-sm text-muted-foreground">
              To {mail.to} · from {mail.from} · <time dateTime={mail.createdAt.toISOString()}>{mail.createdAt.toISOString()}</time>
            </p>
            <pre className="text-sm whitespace-pre-wrap wrap-anywhere">{mail.text}</pre>
            <ul className="grid gap-1 text-sm" aria-label="Links in this mail">
              {linksIn(mail.text).map((href) => (
                <li key={href}>
                  <a href={href} className="text-primary underline underline-offset-4 break-all">
                    {href}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </main>
  );
}
