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

export function accountExistsEmail({ signInUrl, resetUrl }: { signInUrl: string; resetUrl: string }) {
  return renderLayout({
    subject: "You already have a Cadence account",
    heading: "You already have an account",
    paragraphs: [
      "Someone (hopefully you) just tried to create a Cadence account with this email address, which already has one.",
      `Sign in instead. If you have forgotten your password, you can reset it: ${resetUrl}`,
    ],
    action: { label: "Sign in", url: signInUrl },
    footer: "If this was not you, ignore this email: nothing about your account has changed.",
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
