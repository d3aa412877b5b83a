import "server-only";
import { createTransport, type Mail } from "nodemailer";
import { getConfig } from "../../config";
import { emailOutbox } from "../../db/schema";
import type { Db } from "../../db/types";

export type EmailMessage = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> };

export const OUTBOX_FROM = "Cadence <no-reply@cadence.local>";

const transports = new Map<string, Mail>();

function transportFor(url: string): Mail {
  let transport = transports.get(url);
  if (!transport) {
    transport = createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/** Sends over SMTP when SMTP_URL and EMAIL_FROM are set; otherwise keeps the mail in the embedded
 * outbox (/dev/outbox), so a fresh clone can follow every link a real mail would carry. */
export async function sendEmail({ db, message }: { db: Db; message: EmailMessage }): Promise<{ via: "smtp" | "outbox" }> {
  const { env, providers } = getConfig();
  const headers = message.headers ?? {};
  if (providers.email === "smtp" && env.SMTP_URL && env.EMAIL_FROM) {
    await transportFor(env.SMTP_URL).sendMail({ from: env.EMAIL_FROM, ...message, headers });
    return { via: "smtp" };
  }
  await db.insert(emailOutbox).values({ ...message, headers, from: env.EMAIL_FROM ?? OUTBOX_FROM });
  return { via: "outbox" };
}
