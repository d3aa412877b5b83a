"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch, apiRequest } from "@/hooks/api-request";

type State = "unsupported" | "loading" | "off" | "on" | "denied";

function supported() {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function currentSubscription() {
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

/** Push on this device: subscribes this browser (per device) or removes its subscription. */
export function PushDeviceToggle() {
  const t = useTranslations("Settings");
  const [state, setState] = useState<State>("loading");
  const [error, setError] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // No service worker in development (next dev): after a moment, treat this device as "off".
      const waitForWorker = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3_000));
      const next: State = !supported()
        ? "unsupported"
        : Notification.permission === "denied"
          ? "denied"
          : (await Promise.race([currentSubscription(), waitForWorker]))
            ? "on"
            : "off";
      if (!cancelled) setState(next);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  async function enable() {
    setError(undefined);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const { publicKey } = await apiRequest<{ publicKey: string }>("/api/push/vapid-public-key");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
      const { endpoint, keys } = subscription.toJSON();
      await apiFetch("/api/push/subscriptions", { method: "POST", body: { endpoint, keys } });
      setState("on");
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t("pushRefused"));
    }
  }

  async function disable() {
    setError(undefined);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        await apiFetch("/api/push/subscriptions", { method: "DELETE", body: { endpoint: subscription.endpoint } });
        await subscription.unsubscribe();
      }
      setState("off");
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t("pushOffFailed"));
    }
  }

  if (state === "unsupported") return <p className="text-sm text-muted-foreground">{t("pushUnsupported")}</p>;
  if (state === "denied") return <p className="text-sm text-muted-foreground">{t("pushBlocked")}</p>;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm">{t("pushState", { state })}</p>
        {state === "off" && (
          <Button variant="outline" size="sm" onClick={() => void enable()}>
            {t("pushOn")}
          </Button>
        )}
        {state === "on" && (
          <Button variant="outline" size="sm" onClick={() => void disable()}>
            {t("pushOff")}
          </Button>
        )}
      </div>
      {error && <Alert variant="error">{error}</Alert>}
    </div>
  );
}
