import { renderLayout } from "./layout";

// Account mail (verification, password reset): transactional, so no unsubscribe link.

export function verificationEmail({ name, url }: { name: string; url: string }) {
  return renderLayout({
    subject: "Verify your email for Cadence",
    heading: `Welcome to Cadence${name ? `, ${name}` : ""}`,
    paragraphs: ["Confirm that this is your email address. The link works for 24 hours."],
    action: { label: "Verify email", url },
    footer: "If you did not create a Cadence account, you can ignore this email.",
  });
}

export function resetPasswordEmail({ url }: { url: string }) {
  return renderLayout({
    subject: "Reset your Cadence password",
    heading: "Reset your password",
    paragraphs: [
      "Someone (hopefully you) asked to reset the password of your Cadence account.",
      "The link works once, for one hour. Resetting signs you out everywhere.",
    ],
    action: { label: "Choose a new password", url },
    footer: "If you did not ask for this, ignore this email: your password stays as it is.",
  });
}
