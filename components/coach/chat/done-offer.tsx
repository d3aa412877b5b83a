"use client";

import { Check } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useUpdateActionItem } from "@/hooks/use-coach-goals";

/** The coach heard that an action item is done: one press ticks it off. */
export function DoneOffer({ item }: { item: { id: string; text: string } }) {
  const t = useTranslations("Coach.chat");
  const update = useUpdateActionItem();
  const [ticked, setTicked] = useState(false);
  if (ticked) {
    return (
      <p role="status" className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <Check aria-hidden className="size-4" />
        {t("tickedOff", { text: item.text })}
      </p>
    );
  }
  return (
    <div className="grid justify-items-start gap-2">
      {update.error ? <Alert variant="error">{update.error.message}</Alert> : null}
      <Button
        size="sm"
        variant="outline"
        disabled={update.isPending}
        onClick={() => update.mutate({ id: item.id, changes: { status: "done" } }, { onSuccess: () => setTicked(true) })}
        aria-label={t("markDoneLabel", { text: item.text })}
      >
        <Check aria-hidden />
        {t("markDone")}
      </Button>
    </div>
  );
}
