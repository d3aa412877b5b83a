"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { useEndCall } from "@/hooks/use-practice-call";
import { useConversation } from "@/hooks/use-practice-conversation";
import { useSpeechOutput } from "@/hooks/use-practice-speech";
import type { CallDetail } from "./api-types";
import { CallControls } from "./call-controls";
import { CallHeader } from "./call-header";
import { CallTimer } from "./call-timer";
import { HintPanel } from "./hint-panel";
import { ReplyComposer } from "./reply-composer";
import { SpeakingIndicator } from "./speaking-indicator";
import { TranscriptPanel } from "./transcript-panel";

/** A call in progress in browser mode: text (or dictated) lines, the persona answering as a stream. */
export function LiveCall({ detail, connecting }: { detail: CallDetail; connecting: boolean }) {
  const t = useTranslations("Practice");
  const { call, persona, transcript } = detail;
  const conversation = useConversation(call.id, call.startedAt);
  const voice = useSpeechOutput();
  const endCall = useEndCall(call.id);
  const [voiceReplies, setVoiceReplies] = useState(false);
  const [muted, setMuted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reply = conversation.reply;
  const lastPersona = transcript.findLast((e) => e.role === "persona");
  const pendingReply = reply && (reply.streaming || lastPersona?.content !== reply.text.trim()) ? reply.text : null;
  const busy = connecting || Boolean(reply?.streaming) || endCall.isPending;

  async function send(text: string): Promise<boolean> {
    setError(null);
    try {
      const answer = await conversation.send(text);
      if (voiceReplies && !muted) voice.speak(answer.text);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : t("sendFailed"));
      return false;
    }
  }

  function mute(next: boolean) {
    setMuted(next);
    if (next) voice.cancel();
  }

  return (
    <div className="mx-auto grid h-full max-w-3xl gap-4">
      <CallHeader call={call} persona={persona} phase={connecting ? "connecting" : "live"} offline={conversation.provider ? conversation.provider === "offline" : detail.personaReplies === "offline"}>
        <CallTimer startedAt={call.startedAt} />
      </CallHeader>
      {error ? <Alert variant="error">{error}</Alert> : null}
      {endCall.error ? <Alert variant="error">{endCall.error.message}</Alert> : null}
      <TranscriptPanel entries={transcript} personaName={persona.name} pendingReply={pendingReply} className="max-h-[60dvh]" />
      <SpeakingIndicator name={persona.name} streaming={Boolean(reply?.streaming)} speaking={voice.speaking} />
      <div className="sticky bottom-0 z-10 -mx-4 border-t border-border bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        <div className="grid gap-2">
          <HintPanel callId={call.id} disabled={connecting} />
          <ReplyComposer disabled={busy} onSend={send} onError={setError} />
          {/* After the reply box, so Tab from a reply reaches Send before it can reach End call. */}
          <div className="flex justify-end">
            <CallControls
              voiceSupported={voice.supported}
              voiceReplies={voiceReplies}
              onVoiceReplies={(on) => (on ? setVoiceReplies(true) : (setVoiceReplies(false), voice.cancel()))}
              muted={muted}
              onMuted={mute}
              ending={endCall.isPending}
              canEnd={!connecting}
              onEnd={() => endCall.mutate()}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
