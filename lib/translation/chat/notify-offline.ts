import "server-only";
import type { Db } from "../../db/types";
import { translatorFor } from "../../i18n/translator";
import { notifyMany } from "../../notifications/notify";
import { mutedBy } from "../../safety/mutes";

/** A member not seen in the conversation for this long gets a notification (push / email digest). */
export const OFFLINE_AFTER_MS = 2 * 60_000;

type Member = { userId: string; name: string; language: string; lastSeenAt: Date };

/** One notification per offline member who has not muted the sender, with the message in their language. */
export async function notifyOfflineMembers({ db, sender, message, members, translations, now = new Date() }: {
  db: Db;
  sender: Member;
  message: { conversationId: string; originalText: string; originalLang: string };
  members: Member[];
  translations: { targetLang: string; text: string }[];
  now?: Date;
}) {
  const away = members.filter((m) => now.getTime() - m.lastSeenAt.getTime() > OFFLINE_AFTER_MS);
  const muting = await mutedBy({ db, userId: sender.userId, among: away.map((m) => m.userId) });
  const offline = away.filter((m) => !muting.has(m.userId));
  const byLanguage = new Map<string, Member[]>();
  for (const member of offline) byLanguage.set(member.language, [...(byLanguage.get(member.language) ?? []), member]);
  for (const [language, group] of byLanguage) {
    const t = translatorFor(language);
    const text = translations.find((t) => t.targetLang === language)?.text ?? message.originalText;
    await notifyMany({
      db,
      userIds: group.map((m) => m.userId),
      kind: "translate.message",
      title: t("Notices.newMessage", { name: sender.name || t("Notices.aContact") }),
      body: text.length > 140 ? `${text.slice(0, 139)}…` : text,
      url: `/translate?conversation=${message.conversationId}`,
      data: { conversationId: message.conversationId },
    });
  }
}
