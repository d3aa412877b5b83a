"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useConnectHistory } from "@/hooks/use-connect";
import type { ConnectEmotion } from "@/lib/emotion/emotions";
import { SafetyActions } from "@/components/safety/safety-actions";

/** Past matches and calls: who, which mode, what you shared, how long you talked. */
export function HistoryList() {
  const t = useTranslations("Connect");
  const { data, error, isPending } = useConnectHistory();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("history")}</CardTitle>
      </CardHeader>
      <CardContent>
        {isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : error ? (
          <Alert variant="error">{error.message}</Alert>
        ) : data.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noMatches")}</p>
        ) : (
          <ul className="grid gap-3">
            {data.map((entry) => (
              <li key={entry.id} className="grid gap-1 border-b pb-3 last:border-b-0">
                <p className="font-medium">
                  {entry.otherUser.displayName} <span className="text-sm font-normal text-muted-foreground">
                    · {t(`mode.${entry.mode}`)} · {t(`matchStatus.${entry.status}`)}
                  </span>
                </p>
                <p className="text-sm text-muted-foreground">
                  {entry.sharedEmotions.length ? t("shared", { emotions: entry.sharedEmotions.map((e) => t(`emotion.${e as ConnectEmotion}`)).join(", ") }) : entry.reason}
                  {entry.callDurationSeconds ? t("talked", { minutes: Math.max(1, Math.round(entry.callDurationSeconds / 60)) }) : ""}
                </p>
                <p className="text-xs text-muted-foreground">
                  {entry.canCallAgain ? t("callFromTranslate") : t("newMatchNeeded")}
                </p>
                <SafetyActions userId={entry.otherUser.id} matchId={entry.id} name={entry.otherUser.displayName} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
