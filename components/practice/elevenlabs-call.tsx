"use client";

import { ConversationProvider } from "@elevenlabs/react";
import { Mic, MicOff, PhoneOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useElevenLabsCall } from "@/hooks/use-elevenlabs-call";
import type { CallDetail, VoiceAgentStart } from "./api-types";
import { CallHeader } from "./call-header";
import { CallTimer } from "./call-timer";
import { TranscriptPanel } from "./transcript-panel";

type Props = { detail: CallDetail; start: VoiceAgentStart | null; onTextMode: () => void };

/** A call in voice-agent mode: the rep talks with the persona through an ElevenLabs agent. */
export function ElevenLabsCall(props: Props) {
  return (
    <ConversationProvider>
      <VoiceAgentRoom {...props} />
    </ConversationProvider>
  );
}

function VoiceAgentRoom({ detail, start, onTextMode }: Props) {
  const t = useTranslations("Practice");
  const { call, persona, transcript } = detail;
  const voice = useElevenLabsCall(call.id, start);
  const { phase, failure, endCall } = voice;
  const startedAt = voice.connectedAt === null ? null : new Date(voice.connectedAt).toISOString();

  return (
    <div className="mx-auto grid h-full max-w-3xl gap-4">
      <CallHeader call={call} persona={persona} phase={phase === "failed" ? "ended" : phase} offline={false}>
        <div className="grid justify-items-end gap-2">
          <CallTimer startedAt={phase === "live" ? startedAt : null} />
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="outline"
              size="sm"
              aria-pressed={voice.muted}
              disabled={phase !== "live"}
              onClick={() => voice.setMuted(!voice.muted)}
            >
              {voice.muted ? <MicOff aria-hidden /> : <Mic aria-hidden />}
              {t("mute")}
            </Button>
            <Button variant="destructive" size="sm" onClick={voice.end} disabled={endCall.isPending || endCall.isSuccess}>
              {endCall.isPending ? <Spinner /> : <PhoneOff aria-hidden />}
              {t("endCall")}
            </Button>
          </div>
        </div>
      </CallHeader>
      {failure ? (
        <Alert variant="error">
          <p>{failure.message}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {failure.kind === "microphone" ? (
              <Button size="sm" variant="outline" onClick={voice.retry}>
                {t("tryAgain")}
              </Button>
            ) : null}
            <Button size="sm" onClick={onTextMode}>
              {t("textMode")}
            </Button>
          </div>
        </Alert>
      ) : null}
      {voice.saveError ? <Alert>{voice.saveError}</Alert> : null}
      {endCall.error ? <Alert variant="error">{endCall.error.message}</Alert> : null}
      <TranscriptPanel entries={transcript} personaName={persona.name} className="max-h-[60dvh]" />
      <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
        {phase === "connecting" ? t("connectingAgent") : null}
        {phase === "live" ? (voice.speaking ? t("speaking", { name: persona.name }) : t("listening")) : null}
      </p>
    </div>
  );
}
