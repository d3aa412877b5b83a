import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { requireCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Notifications"))("meta") };
}

export default async function NotificationsPage() {
  const user = await requireCurrentUser("/notifications");
  const t = await getTranslations("Notifications");
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <NotificationList timeZone={user.timezone} />
    </div>
  );
}
