"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** At the top of the history: loads the previous page when it scrolls into view, or on click. */
export function OlderMessages({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  const t = useTranslations("Translate");
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && !loading && onLoad());
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading, onLoad]);
  if (!hasMore) return null;
  return (
    <div ref={sentinel} className="mb-3 flex justify-center">
      <Button variant="outline" size="sm" onClick={onLoad} disabled={loading}>
        {loading ? <Spinner /> : null}
        {t("earlier")}
      </Button>
    </div>
  );
}
