import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { canSeeOutbox, linksIn, listOutbox } from "@/lib/notifications/email/outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Outbox"))("meta") };
}
export const dynamic = "force-dynamic";

/** Mail the app would have sent, when no SMTP server is configured (newest first). */
export default async function OutboxPage() {
  if (!canSeeOutbox(await getCurrentUser())) notFound();
  const mails = await listOutbox({ db: await getDb() });
  const smtp = getConfig().providers.email === "smtp";
  const [t, format] = await Promise.all([getTranslations("Outbox"), getFormatter()]);
  return (
    <main id="main" className="mx-auto grid max-w-3xl gap-6 px-4 py-10">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">
          {smtp
            ? t("smtp")
            : t("noSmtp")}
        </p>
      </div>
      {mails.length === 0 && <p>{t("noMail")}</p>}
      <ol className="grid gap-4" aria-label={t("mails")}>
        {mails.map((mail) => (
          <li key={mail.id} className="grid gap-2 rounded-md border border-border p-4">
            <h2 className="font-semibold">{mail.subject}</h2>
            <p className="text-sm text-muted-foreground">
              {t("toFrom", { to: mail.to, from: mail.from })} ·{" "}
              <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
            </p>
            <pre className="text-sm whitespace-pre-wrap wrap-anywhere">{mail.text}</pre>
            <ul className="grid gap-1 text-sm" aria-label={t("links")}>
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
