import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getConfig } from "../../config";
import { translatorFor } from "../../i18n/translator";
import { notifications, users } from "../../db/schema";
import type { JobHandler } from "../../queue/drain";
import { quietHoursEnd } from "../quiet-hours";
import { getDeliverySettings } from "../settings";
import { renderLayout } from "./layout";
import { sendEmail } from "./send-email";

/** The daily digest: one mail listing the notifications collected for it since the last one. */
export const deliverDigest: JobHandler = async ({ db, job, now }) => {
  const userId = String(job.payload.userId);
  const ids = (job.payload.notificationIds as string[] | undefined) ?? [];
  const settings = await getDeliverySettings({ db, userId });
  const holdUntil = quietHoursEnd({ now, timeZone: settings.timeZone, quietHours: settings.quietHours });
  if (holdUntil) return { holdUntil };
  const [user] = await db.select({ email: users.email, language: users.preferredLanguage }).from(users).where(eq(users.id, userId));
  if (!user || ids.length === 0) return;
  const items = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)))
    .orderBy(desc(notifications.createdAt));
  if (items.length === 0) return;
  const { APP_URL } = getConfig().env;
  const t = translatorFor(user.language);
  const content = renderLayout({
    locale: user.language,
    subject: t("Emails.digest.subject", { count: items.length }),
    heading: t("Emails.digest.heading"),
    paragraphs: items.map((n) => [n.title, n.body].filter(Boolean).join(" — ")),
    action: { label: t("Emails.digest.action"), url: new URL("/notifications", APP_URL).href },
    footer: t("Emails.digest.footer", { url: new URL("/settings#notifications", APP_URL).href }),
  });
  await sendEmail({ db, message: { to: user.email, ...content } });
};
