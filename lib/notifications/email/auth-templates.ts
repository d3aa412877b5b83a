import { translatorFor } from "../../i18n/translator";
import { renderLayout } from "./layout";

// Account mail (verification, password reset): transactional, so no unsubscribe link. Written in the
// account's preferred language.

export function verificationEmail({ name, url, locale }: { name: string; url: string; locale: string }) {
  const t = translatorFor(locale);
  return renderLayout({
    locale,
    subject: t("Emails.verify.subject"),
    heading: name ? t("Emails.verify.headingNamed", { name }) : t("Emails.verify.heading"),
    paragraphs: [t("Emails.verify.body")],
    action: { label: t("Emails.verify.action"), url },
    footer: t("Emails.verify.footer"),
  });
}

export function accountExistsEmail({ signInUrl, resetUrl, locale }: { signInUrl: string; resetUrl: string; locale: string }) {
  const t = translatorFor(locale);
  return renderLayout({
    locale,
    subject: t("Emails.exists.subject"),
    heading: t("Emails.exists.heading"),
    paragraphs: [t("Emails.exists.body"), t("Emails.exists.reset", { url: resetUrl })],
    action: { label: t("Emails.exists.action"), url: signInUrl },
    footer: t("Emails.exists.footer"),
  });
}

export function resetPasswordEmail({ url, locale }: { url: string; locale: string }) {
  const t = translatorFor(locale);
  return renderLayout({
    locale,
    subject: t("Emails.reset.subject"),
    heading: t("Emails.reset.heading"),
    paragraphs: [t("Emails.reset.body"), t("Emails.reset.once")],
    action: { label: t("Emails.reset.action"), url },
    footer: t("Emails.reset.footer"),
  });
}
