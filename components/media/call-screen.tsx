"use client";

import { Phone } from "lucide-react";
import { useTranslations } from "next-intl";
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

function phaseText(phase: CallPhase, name: string, t: ReturnType<typeof useTranslations<"Media">>): string {
  if (phase === "waiting") return t("phase.waiting", { name });
  if (phase === "connecting" || phase === "joining") return t("phase.connecting", { name });
  if (phase === "reconnecting") return t("phase.reconnecting");
  if (phase === "failed") return t("phase.failed");
  return t("phase.connected", { name });
}

/** The call screen at /rooms/:id: join, talk, mute, see both sides speaking and the connection's
 * quality, end; block (which ends the call), mute (which silences them at once) or report the other person. */
export function CallScreen({ roomId }: { roomId: string }) {
  const t = useTranslations("Media");
  const call = useCall(roomId);
  const [silenced, setSilenced] = useState(false);
  const room = call.room.data;
  if (call.room.error) return <Alert variant="error">{call.room.error.status === 404 ? t("callMissing") : call.room.error.message}</Alert>;
  if (!room) {
    return (
      <div role="status" aria-label={t("loadingCall")} className="mx-auto grid w-full max-w-lg gap-4">
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
          <CardTitle as="h1">{t("callWith", { name })}</CardTitle>
          <CardDescription>{t("micPrompt")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {call.error ? <Alert variant="error">{call.error}</Alert> : null}
          <PrivacyNote />
        </CardContent>
        <CardFooter>
          <Button onClick={() => void call.join()} disabled={call.phase === "joining"}>
            <Phone aria-hidden />
            {call.phase === "joining" ? t("joining") : t("joinCall")}
          </Button>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card className="mx-auto w-full max-w-lg" data-testid="call-live" data-phase={call.phase}>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle as="h1">{t("callWith", { name })}</CardTitle>
          <CallTimer startedAt={room.startedAt} />
        </div>
        <p role="status" className="text-sm text-muted-foreground">
          {phaseText(call.phase, name, t)}
        </p>
      </CardHeader>
      <CardContent className="grid gap-5">
        {call.error ? <Alert variant="error">{call.error}</Alert> : null}
        {call.minutesWarning !== null ? (
          <Alert>{t("minuteLeft")}</Alert>
        ) : null}
        <div className="grid gap-4">
          <SpeakingMeter label={t("you")} level={call.localLevel} muted={call.muted} />
          <SpeakingMeter label={name} level={call.remoteLevel} />
        </div>
        <QualityBadge reading={call.quality} />
        <CallControls muted={call.muted} onToggleMute={call.toggleMute} onEnd={() => call.hangUp()} ending={call.hangingUp} />
        {call.endError ? <Alert variant="error">{t("endFailed", { message: call.endError })}</Alert> : null}
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
