"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useMarkRead, useNotificationPage } from "@/hooks/use-notifications";
import type { NotificationItem } from "@/lib/notifications/list-notifications";

function Row({ item, timeZone, onOpen }: { item: NotificationItem; timeZone: string; onOpen: () => void }) {
  const t = useTranslations("Notifications");
  const format = useFormatter();
  const when = format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone });
  const title = item.url ? (
    <Link href={item.url} onClick={onOpen} className="font-medium underline-offset-4 hover:underline">
      {item.title}
    </Link>
  ) : (
    <span className="font-medium">{item.title}</span>
  );
  return (
    <li className={cn("grid gap-1 rounded-md border border-border p-3", !item.readAt && "border-primary/60 bg-accent/40")}>
      <div className="flex items-start justify-between gap-2">
        {title}
        {!item.readAt && (
          <Button variant="ghost" size="sm" onClick={onOpen}>
            {t("markRead")}
          </Button>
        )}
      </div>
      {item.body && <p className="text-sm text-muted-foreground">{item.body}</p>}
      <p className="text-xs text-muted-foreground">
        <time dateTime={item.createdAt}>{when}</time>
        {!item.readAt && <span className="sr-only">{t("unreadSr")}</span>}
      </p>
    </li>
  );
}

/** The notification centre: a page at a time, newest first; opening one marks it read. */
export function NotificationList({ timeZone }: { timeZone: string }) {
  const t = useTranslations("Notifications");
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useNotificationPage(page);
  const markRead = useMarkRead();

  if (isPending) return <Skeleton className="h-40 w-full" />;
  if (error) return <Alert variant="error">{error.message}</Alert>;

  return (
    <div className="grid gap-4">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">{data.unread === 0 ? t("caughtUp") : t("unread", { count: data.unread })}</p>
        <Button variant="outline" size="sm" disabled={data.unread === 0 || markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
          {t("markAllRead")}
        </Button>
      </div>
      {data.items.length === 0 ? (
        <p className="text-muted-foreground">{t("nothing")}</p>
      ) : (
        <ul className="grid gap-2" aria-label={t("title")}>
          {data.items.map((item) => (
            <Row key={item.id} item={item} timeZone={timeZone} onOpen={() => !item.readAt && markRead.mutate({ ids: [item.id] })} />
          ))}
        </ul>
      )}
      {markRead.error && <Alert variant="error">{markRead.error.message}</Alert>}
      <div className="flex justify-between">
        <Button variant="outline" size="sm" disabled={page === 1} onClick={() => setPage((p) => p - 1)}>
          {t("newer")}
        </Button>
        <Button variant="outline" size="sm" disabled={!data.hasMore} onClick={() => setPage((p) => p + 1)}>
          {t("older")}
        </Button>
      </div>
    </div>
  );
}
