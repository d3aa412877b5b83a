"use client";

import { Phone } from "lucide-react";
import { useState } from "react";
import { CallTimer } from "@/components/practice/call-timer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { SafetyActions, type SafetyAction } from "@/components/safety/safety-actions";
import { Skeleton } from "@/components/ui/skeleton";
import { useCall, type CallPhase } from "@/hooks/use-call";
import { isOpen } from "./api-types";
import { CallControls } from "./call-controls";
import { CallEnded } from "./call-ended";
import { PrivacyNote } from "./privacy-note";
import { QualityBadge } from "./quality-badge";
import { RemoteAudio } from "./remote-audio";
import { SpeakingMeter } from "./speaking-meter";

function phaseText(phase: CallPhase, name: string): string {
  if (phase === "waiting") return `Waiting for ${name} to join…`;
  if (phase === "connecting" || phase === "joining") return `Connecting to ${name}…`;
  if (phase === "reconnecting") return "Connection dropped. Reconnecting…";
  if (phase === "failed") return "The connection was lost and could not be restored.";
  return `Connected with ${name}`;
}

/** The call screen at /rooms/:id: join, talk, mute, see both sides speaking and the connection's
 * quality, end; block (which ends the call), mute (which silences them at once) or report the other person. */
export function CallScreen({ roomId }: { roomId: string }) {
  const call = useCall(roomId);
  const [silenced, setSilenced] = useState(false);
  const room = call.room.data;
  if (call.room.error) return <Alert variant="error">{call.room.error.status === 404 ? "This call does not exist." : call.room.error.message}</Alert>;
  if (!room) {
    return (
      <div role="status" aria-label="Loading call" className="mx-auto grid w-full max-w-lg gap-4">
        <Skeleton className="h-16" />
        <Skeleton className="h-56" />
      </div>
    );
  }
  if (!isOpen(room.status)) return <CallEnded room={room} />;
  const name = room.other.displayName;

  if (call.phase === "ready" || call.phase === "joining") {
    return (
      <Card className="mx-auto w-full max-w-lg">
        <CardHeader>
          <CardTitle as="h1">Call with {name}</CardTitle>
          <CardDescription>Your browser will ask to use your microphone.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {call.error ? <Alert variant="error">{call.error}</Alert> : null}
          <PrivacyNote />
        </CardContent>
        <CardFooter>
          <Button onClick={() => void call.join()} disabled={call.phase === "joining"}>
            <Phone aria-hidden />
            {call.phase === "joining" ? "Joining…" : "Join call"}
          </Button>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card className="mx-auto w-full max-w-lg" data-testid="call-live" data-phase={call.phase}>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle as="h1">Call with {name}</CardTitle>
          <CallTimer startedAt={room.startedAt} />
        </div>
        <p role="status" className="text-sm text-muted-foreground">
          {phaseText(call.phase, name)}
        </p>
      </CardHeader>
      <CardContent className="grid gap-5">
        {call.error ? <Alert variant="error">{call.error}</Alert> : null}
        {call.minutesWarning !== null ? (
          <Alert>About a minute of today&apos;s call time is left on the free plan; the call will stop then.</Alert>
        ) : null}
        <div className="grid gap-4">
          <SpeakingMeter label="You" level={call.localLevel} muted={call.muted} />
          <SpeakingMeter label={name} level={call.remoteLevel} />
        </div>
        <QualityBadge reading={call.quality} />
        <CallControls muted={call.muted} onToggleMute={call.toggleMute} onEnd={() => call.hangUp()} ending={call.hangingUp} />
        {call.endError ? <Alert variant="error">Could not end the call: {call.endError}</Alert> : null}
        {room.other.userId ? (
          <SafetyActions
            userId={room.other.userId}
            name={name}
            onDone={(action: SafetyAction) => {
              if (action === "mute") setSilenced(true);
              if (action === "block") void call.hangUp();
            }}
          />
        ) : null}
        <PrivacyNote />
      </CardContent>
      <RemoteAudio stream={call.remoteStream} muted={silenced} />
    </Card>
  );
}
