"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Pending } from "@/hooks/use-outbox";

/** Messages still in the outbox, in the order they will be sent. */
export function PendingMessages({ pending, onDiscard }: { pending: Pending[]; onDiscard: (clientId: string) => void }) {
  const t = useTranslations("Translate");
  if (pending.length === 0) return null;
  return (
    <ol className="mt-3 grid gap-3" aria-label={t("notSentYet")}>
      {pending.map((p) => (
        <li key={p.clientId} className="flex flex-col items-end gap-1" data-testid="pending-message">
          <p className="max-w-[85%] rounded-2xl border border-dashed border-primary/60 px-3 py-2 text-sm break-words whitespace-pre-wrap sm:max-w-[70%]" dir="auto">
            {p.text}
          </p>
          <span className="text-xs text-muted-foreground">
            {t(`pending.${p.state}`)}
            {p.state === "failed" && p.error ? `: ${p.error}` : ""}
          </span>
          {p.state === "failed" ? (
            <Button variant="ghost" size="sm" className="h-7 text-xs" onClick={() => onDiscard(p.clientId)}>
              {t("discard")}
            </Button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
