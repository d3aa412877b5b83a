"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useConnectEvents } from "@/hooks/use-connect";
import { ClipResult } from "./clip-result";
import { HistoryList } from "./history-list";
import { MatchCard } from "./match-card";
import { ModePicker } from "./mode-picker";
import { RecorderCard } from "./recorder-card";

/** The Connect journey on one page: record → your top emotions → mode → match → accept → call. */
export function ConnectFlow({ userId, initialMatchId }: { userId: string; initialMatchId?: string }) {
  const t = useTranslations("Connect");
  const [clipId, setClipId] = useState<string | null>(null);
  const [matchId, setMatchId] = useState<string | null>(initialMatchId ?? null);
  useConnectEvents(userId, (id) => setMatchId((current) => current ?? id));
  const restart = () => {
    setClipId(null);
    setMatchId(null);
  };
  return (
    <div className="grid gap-6">
      {matchId ? (
        <div className="grid gap-3">
          <MatchCard matchId={matchId} />
          <div>
            <Button variant="ghost" onClick={restart}>
              {t("startOver")}
            </Button>
          </div>
        </div>
      ) : clipId ? (
        <ClipResult clipId={clipId}>{(clip) => <ModePicker clipId={clip.id} onMatch={setMatchId} />}</ClipResult>
      ) : (
        <RecorderCard onUploaded={(clip) => setClipId(clip.id)} />
      )}
      <HistoryList />
    </div>
  );
}
