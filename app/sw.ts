/// <reference lib="webworker" />
import { defaultCache } from "@serwist/turbopack/worker";
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { Serwist } from "serwist";
import { requestForAction, type PushActions } from "@/lib/notifications/push/notification-actions";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: defaultCache,
  fallbacks: {
    entries: [{ url: "/~offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

// Server-sent event streams bypass the worker: a stream it proxies stays open after the page closes
// its EventSource, and a few of those use up the browser's six connections to the origin, after
// which every request, navigations included, waits. Registered first, so Serwist never sees them.
self.addEventListener("fetch", (event) => {
  if (new URL(event.request.url).pathname === "/api/realtime") event.stopImmediatePropagation();
});

serwist.addEventListeners();

// Web push (lib/notifications/push/deliver-push.ts sends { id, kind, title, body, url, actions,
// confirmations }, all in the recipient's language).
type PushMessage = { id: string; kind: string; title: string; body: string; url: string } & Partial<PushActions>;
type NotificationData = { url?: string; confirmations?: Record<string, string> };

self.addEventListener("push", (event) => {
  const message = event.data?.json() as PushMessage | undefined;
  if (!message) return;
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.id,
      icon: "/icons/icon-192.png",
      data: { url: message.url, confirmations: message.confirmations ?? {} } satisfies NotificationData,
      actions: message.actions ?? [],
    } as NotificationOptions),
  );
});

/** A button that does its work in place (a check-in); false when it failed and the app should open. */
async function runAction(action: string, confirmation: string | undefined): Promise<boolean> {
  const request = requestForAction(action);
  if (!request) return false;
  const response = await fetch(request.path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request.body),
  }).catch(() => null);
  if (!response?.ok) return false;
  if (confirmation) await self.registration.showNotification(confirmation, { icon: "/icons/icon-192.png", tag: "cadence-action" });
  return true;
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  if (event.action) {
    const confirmation = (event.notification.data as NotificationData | null)?.confirmations?.[event.action];
    event.waitUntil(runAction(event.action, confirmation).then((done) => (done ? undefined : openApp(event.notification))));
    return;
  }
  event.waitUntil(openApp(event.notification));
});

async function openApp(notification: Notification) {
  const url = new URL((notification.data as NotificationData | null)?.url ?? "/notifications", self.location.origin);
  if (url.origin !== self.location.origin) return;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).pathname === url.pathname) ?? windows[0];
  if (open) {
    await open.focus();
    if (open.url !== url.href) await open.navigate(url.href);
    return;
  }
  await self.clients.openWindow(url.href);
}
