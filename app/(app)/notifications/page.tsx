import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { requireCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireCurrentUser("/notifications");
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">Notifications</h1>
      <NotificationList timeZone={user.timezone} />
    </div>
  );
}
