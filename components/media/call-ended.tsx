import Link from "next/link";
import { formatDuration } from "@/components/practice/labels";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { PublicRoom } from "./api-types";

function reasonOf(room: PublicRoom): string {
  const name = room.other.displayName;
  if (room.status === "missed") return `${name} didn't join in time, so the call didn't start.`;
  if (room.status === "failed") return "We couldn't connect your browsers. A strict firewall or network may be blocking calls.";
  switch (room.endReason) {
    case "heartbeat-lost":
      return "The call ended because one side's connection was lost for 30 seconds.";
    case "expired":
      return "Calls last up to an hour, so this one has ended.";
    case "call-minutes":
      return "Today's call minutes on the free plan are used up. They reset at midnight.";
    default:
      return "The call has ended.";
  }
}

/** The call is over: how long it lasted and why it ended. */
export function CallEnded({ room }: { room: PublicRoom }) {
  const title = room.status === "completed" ? "Call ended" : room.status === "missed" ? "Missed call" : "Call failed";
  return (
    <Card className="mx-auto w-full max-w-lg" data-testid="call-ended" data-status={room.status}>
      <CardHeader>
        <CardTitle as="h1">{title}</CardTitle>
        <CardDescription>{reasonOf(room)}</CardDescription>
      </CardHeader>
      {room.status === "completed" ? (
        <CardContent>
          <p className="text-sm">
            You talked with {room.other.displayName} for <span className="font-mono tabular-nums">{formatDuration(room.durationSeconds ?? 0)}</span>.
          </p>
        </CardContent>
      ) : null}
      <CardFooter>
        <Button asChild variant="outline">
          <Link href="/connect">Back to Connect</Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
