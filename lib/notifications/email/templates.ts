import { translatorFor } from "../../i18n/translator";
import type { NotificationKind } from "../kinds";
import { renderLayout } from "./layout";

// One template per notification kind (messages Emails.kinds.<kind>): what the mail says around the
// notification's title and body, in the recipient's language.

export type NotificationEmailInput = { title: string; body: string; url: string; unsubscribeUrl: string; locale: string };

export function renderNotificationEmail(kind: NotificationKind, input: NotificationEmailInput) {
  const t = translatorFor(input.locale);
  const key = `Emails.kinds.${kind}` as const;
  const footer = kind === "billing.payment-failed" ? t("Emails.kinds.billing.payment-failed.footer") : undefined;
  return renderLayout({
    locale: input.locale,
    subject: t(`${key}.subject`, { title: input.title }),
    heading: input.title,
    paragraphs: [input.body, t(`${key}.body`)].filter(Boolean),
    action: { label: t(`${key}.action`), url: input.url },
    footer,
    unsubscribe: { label: t("Emails.unsubscribe"), url: input.unsubscribeUrl },
  });
}

/** The headers that let mail clients offer one-click unsubscribe (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
