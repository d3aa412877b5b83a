"use client";

import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useConnectHistory } from "@/hooks/use-connect";
import { SafetyActions } from "@/components/safety/safety-actions";

const minutes = (seconds: number) => `${Math.max(1, Math.round(seconds / 60))} min`;

/** Past matches and calls: who, which mode, what you shared, how long you talked. */
export function HistoryList() {
  const { data, error, isPending } = useConnectHistory();
  return (
    <Card>
      <CardHeader>
        <CardTitle>History</CardTitle>
      </CardHeader>
      <CardContent>
        {isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : error ? (
          <Alert variant="error">{error.message}</Alert>
        ) : data.length === 0 ? (
          <p className="text-sm text-muted-foreground">No matches yet. Your matches and calls will show here.</p>
        ) : (
          <ul className="grid gap-3">
            {data.map((entry) => (
              <li key={entry.id} className="grid gap-1 border-b pb-3 last:border-b-0">
                <p className="font-medium">
                  {entry.otherUser.displayName} <span className="text-sm font-normal text-muted-foreground">· {entry.mode} · {entry.status}</span>
                </p>
                <p className="text-sm text-muted-foreground">
                  {entry.sharedEmotions.length ? `Shared: ${entry.sharedEmotions.join(", ")}` : entry.reason}
                  {entry.callDurationSeconds ? ` · talked ${minutes(entry.callDurationSeconds)}` : ""}
                </p>
                <p className="text-xs text-muted-foreground">
                  {entry.canCallAgain ? "You are contacts: call them from Translate." : "A new match is needed to talk again."}
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
