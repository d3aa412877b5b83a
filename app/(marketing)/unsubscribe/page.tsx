import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/shell/message-page";
import { Button } from "@/components/ui/button";
import { isNotificationKind, type NotificationKind } from "@/lib/notifications/kinds";
import { verifyUnsubscribeToken } from "@/lib/notifications/email/unsubscribe-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Marketing"))("unsubscribeMeta") };
}

function kindOfToken(token: string) {
  try {
    return verifyUnsubscribeToken(token).kind;
  } catch {
    return null;
  }
}


/** The link in every mail's footer: one button, so a link scanner that follows it changes nothing. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const { token = "", done } = await searchParams;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const kindName = (kind: NotificationKind) => t(`NotificationKinds.${kind}.label`).toLocaleLowerCase(locale);
  const settingsLink = (
    <Button asChild variant="outline">
      <Link href="/settings#notifications">{t("Marketing.notificationSettings")}</Link>
    </Button>
  );
  if (done && isNotificationKind(done)) {
    return (
      <MessagePage title={t("Marketing.unsubscribedTitle")} actions={settingsLink}>
        {t("Marketing.unsubscribedBody", { kind: kindName(done) })}
      </MessagePage>
    );
  }
  const kind = kindOfToken(token);
  if (!kind) {
    return (
      <MessagePage title={t("Marketing.invalidLinkTitle")} actions={settingsLink}>
        {t("Marketing.invalidLinkBody")}
      </MessagePage>
    );
  }
  return (
    <MessagePage
      title={t("Marketing.unsubscribeTitle")}
      actions={
        <form method="post" action={`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`}>
          <Button type="submit">{t("Marketing.stopEmails")}</Button>
        </form>
      }
    >
      {t("Marketing.unsubscribeBody", { kind: kindName(kind) })}
    </MessagePage>
  );
}
