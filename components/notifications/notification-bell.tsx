"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useLiveNotifications, useNotificationPage } from "@/hooks/use-notifications";

/** The header bell: links to the notification centre, with the unread count kept live. */
export function NotificationBell({ userId }: { userId: string }) {
  const t = useTranslations("Notifications");
  useLiveNotifications(userId);
  const unread = useNotificationPage(1).data?.unread ?? 0;
  const label = unread > 0 ? t("bellUnread", { count: unread }) : t("title");
  return (
    <Button asChild variant="ghost" size="icon" className="relative">
      <Link href="/notifications" aria-label={label} title={label}>
        <Bell aria-hidden />
        {unread > 0 && (
          <span
            data-testid="unread-count"
            aria-hidden
            className="absolute top-1 right-1 min-w-4 rounded-full bg-destructive px-1 text-center text-[10px] leading-4 font-semibold text-destructive-foreground"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Link>
    </Button>
  );
}
