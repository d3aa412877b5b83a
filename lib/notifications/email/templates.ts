import type { NotificationKind } from "../kinds";
import { renderLayout, type EmailParts } from "./layout";

// One template per notification kind: what the mail says around the notification's title and body.

export type NotificationEmailInput = { title: string; body: string; url: string; unsubscribeUrl: string };

type Template = (n: NotificationEmailInput) => Omit<EmailParts, "unsubscribeUrl">;

const paragraphs = (...items: string[]) => items.filter(Boolean);

const templates: Record<NotificationKind, Template> = {
  "coach.session-reminder": (n) => ({
    subject: `Reminder: ${n.title}`,
    heading: n.title,
    paragraphs: paragraphs(n.body, "Your coach will be ready when you are."),
    action: { label: "Open the session", url: n.url },
  }),
  "connect.match": (n) => ({
    subject: "You have a match on Cadence",
    heading: n.title,
    paragraphs: paragraphs(n.body, "Matches are waiting for a little while; say hello before it passes."),
    action: { label: "See your match", url: n.url },
  }),
  "safety.report-outcome": (n) => ({
    subject: "Your report was reviewed",
    heading: n.title,
    paragraphs: paragraphs(n.body, "Thank you for helping keep Connect safe."),
    action: { label: "Open Cadence", url: n.url },
  }),
  "safety.moderation": (n) => ({
    subject: n.title,
    heading: n.title,
    paragraphs: paragraphs(n.body, "Reply to this email if you think this was a mistake."),
    action: { label: "Open Cadence", url: n.url },
  }),
  "translate.call": (n) => ({
    subject: `Missed call: ${n.title}`,
    heading: n.title,
    paragraphs: paragraphs(n.body),
    action: { label: "Call back", url: n.url },
  }),
  "translate.message": (n) => ({
    subject: `New message: ${n.title}`,
    heading: n.title,
    paragraphs: paragraphs(n.body),
    action: { label: "Read the message", url: n.url },
  }),
  "wellbeing.check-in": (n) => ({
    subject: "Your daily check-in",
    heading: n.title,
    paragraphs: paragraphs(n.body, "A few lines are enough."),
    action: { label: "Write today's entry", url: n.url },
  }),
  "wellbeing.meditation": (n) => ({
    subject: "A few minutes of calm",
    heading: n.title,
    paragraphs: paragraphs(n.body, "Three minutes of breathing is enough."),
    action: { label: "Start a session", url: n.url },
  }),
  "billing.payment-failed": (n) => ({
    subject: "Your Cadence payment did not go through",
    heading: n.title,
    paragraphs: paragraphs(n.body, "Update your payment method to keep your plan."),
    action: { label: "Update payment method", url: n.url },
    footer: "If you already fixed this, you can ignore this email.",
  }),
};

export function renderNotificationEmail(kind: NotificationKind, input: NotificationEmailInput) {
  return renderLayout({ ...templates[kind](input), unsubscribeUrl: input.unsubscribeUrl });
}

/** The headers that let mail clients offer one-click unsubscribe (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
