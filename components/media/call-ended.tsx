import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDuration } from "@/components/practice/labels";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { PublicRoom } from "./api-types";

function reasonOf(room: PublicRoom, t: ReturnType<typeof useTranslations<"Media">>): string {
  const name = room.other.displayName;
  if (room.status === "missed") return t("reason.missed", { name });
  if (room.status === "failed") return t("reason.failed");
  switch (room.endReason) {
    case "heartbeat-lost":
      return t("reason.heartbeat");
    case "expired":
      return t("reason.expired");
    case "call-minutes":
      return t("reason.minutes");
    default:
      return t("reason.ended");
  }
}

/** The call is over: how long it lasted and why it ended. */
export function CallEnded({ room }: { room: PublicRoom }) {
  const t = useTranslations("Media");
  const title = room.status === "completed" ? t("callEnded") : room.status === "missed" ? t("missedCall") : t("callFailed");
  return (
    <Card className="mx-auto w-full max-w-lg" data-testid="call-ended" data-status={room.status}>
      <CardHeader>
        <CardTitle as="h1">{title}</CardTitle>
        <CardDescription>{reasonOf(room, t)}</CardDescription>
      </CardHeader>
      {room.status === "completed" ? (
        <CardContent>
          <p className="text-sm">
            {t.rich("talkedFor", {
              name: room.other.displayName,
              duration: formatDuration(room.durationSeconds ?? 0),
              time: (chunks) => <span className="font-mono tabular-nums">{chunks}</span>,
            })}
          </p>
        </CardContent>
      ) : null}
      <CardFooter>
        <Button asChild variant="outline">
          <Link href="/connect">{t("backToConnect")}</Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
