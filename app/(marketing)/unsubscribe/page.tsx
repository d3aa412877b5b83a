import type { Metadata } from "next";
import Link from "next/link";
import { MessagePage } from "@/components/shell/message-page";
import { Button } from "@/components/ui/button";
import { isNotificationKind, notificationKinds } from "@/lib/notifications/kinds";
import { verifyUnsubscribeToken } from "@/lib/notifications/email/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe — Cadence" };

function kindOfToken(token: string) {
  try {
    return verifyUnsubscribeToken(token).kind;
  } catch {
    return null;
  }
}

const settingsLink = (
  <Button asChild variant="outline">
    <Link href="/settings#notifications">Notification settings</Link>
  </Button>
);

/** The link in every mail's footer: one button, so a link scanner that follows it changes nothing. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const { token = "", done } = await searchParams;
  if (done && isNotificationKind(done)) {
    return (
      <MessagePage title="You are unsubscribed" actions={settingsLink}>
        You will no longer get emails about {notificationKinds[done].label.toLowerCase()}. You can turn them back on in settings.
      </MessagePage>
    );
  }
  const kind = kindOfToken(token);
  if (!kind) {
    return (
      <MessagePage title="This link is not valid" actions={settingsLink}>
        The unsubscribe link is incomplete or was changed. Sign in and change your email settings instead.
      </MessagePage>
    );
  }
  return (
    <MessagePage
      title="Unsubscribe"
      actions={
        <form method="post" action={`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`}>
          <Button type="submit">Stop these emails</Button>
        </form>
      }
    >
      Stop emails about {notificationKinds[kind].label.toLowerCase()}? Other emails and in-app notifications stay as they are.
    </MessagePage>
  );
}
