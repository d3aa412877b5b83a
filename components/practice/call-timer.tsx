"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { formatDuration } from "./labels";

/** Elapsed time since the call started, ticking each second. */
export function CallTimer({ startedAt }: { startedAt: string | null }) {
  const t = useTranslations("Practice");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = startedAt ? (now - Date.parse(startedAt)) / 1000 : 0;
  return (
    // The server's clock and the browser's differ by the time it took to load the page.
    <span className="font-mono text-sm tabular-nums" role="timer" aria-label={t("callTime")} suppressHydrationWarning>
      {formatDuration(seconds)}
    </span>
  );
}
