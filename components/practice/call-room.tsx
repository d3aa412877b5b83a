"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useCallDetail, useStartCall } from "@/hooks/use-practice-call";
import { useCallRealtime } from "@/hooks/use-practice-realtime";
import type { CallDetail } from "./api-types";
import { CallFailed } from "./call-failed";
import { LiveCall } from "./live-call";

// The voice-agent SDK and the debrief (with its chart) load only for the calls that show them.
const ElevenLabsCall = dynamic(() => import("./elevenlabs-call").then((m) => m.ElevenLabsCall), { ssr: false, loading: CallSkeleton });
const CallResult = dynamic(() => import("./call-result").then((m) => m.CallResult), { loading: CallSkeleton });

function CallSkeleton() {
  const t = useTranslations("Practice");
  return (
    <div role="status" aria-label={t("loadingCall")} className="mx-auto grid max-w-3xl gap-4">
      <Skeleton className="h-16" />
      <Skeleton className="h-80" />
    </div>
  );
}

/** The call page: starts a pending call, follows it live, and shows the debrief once it has ended.
 * A voice-agent call reopened mid-call is started again, for a fresh signed URL. The server's copy
 * of the call paints the first frame, so the page does not wait for a fetch after hydrating. */
export function CallRoom({ callId, initialDetail }: { callId: string; initialDetail?: CallDetail }) {
  const t = useTranslations("Practice");
  const detail = useCallDetail(callId, initialDetail);
  const start = useStartCall(callId);
  const [textMode, setTextMode] = useState(false);
  const status = detail.data?.call.status;
  const voiceMode = detail.data?.call.voiceMode;
  useCallRealtime(callId, Boolean(detail.data));
  const startRequested = useRef(false);
  useEffect(() => {
    const needsStart = status === "pending" || (status === "active" && voiceMode === "elevenlabs");
    if (!needsStart || startRequested.current) return;
    startRequested.current = true;
    start.mutate();
  }, [status, voiceMode, start]);
  const voiceAgent = start.data?.mode === "elevenlabs" ? start.data : null;

  if (detail.error) return <Alert variant="error">{detail.error.status === 404 ? t("callMissing") : detail.error.message}</Alert>;
  if (!detail.data) return <CallSkeleton />;
  if (detail.data.call.status === "completed") return <CallResult detail={detail.data} />;
  if (detail.data.call.status === "failed") return <CallFailed detail={detail.data} />;
  return (
    <>
      {start.error ? <Alert variant="error">{t("startFailed", { message: start.error.message })}</Alert> : null}
      {(voiceAgent || voiceMode === "elevenlabs") && !textMode && !start.error ? (
        <ElevenLabsCall detail={detail.data} start={voiceAgent} onTextMode={() => setTextMode(true)} />
      ) : (
        <LiveCall detail={detail.data} connecting={status === "pending" || start.isPending} />
      )}
    </>
  );
}
