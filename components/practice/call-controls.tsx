"use client";

import { PhoneOff, Volume2, VolumeX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

type Props = {
  voiceSupported: boolean;
  voiceReplies: boolean;
  onVoiceReplies: (on: boolean) => void;
  muted: boolean;
  onMuted: (muted: boolean) => void;
  ending: boolean;
  canEnd: boolean;
  onEnd: () => void;
};

export function CallControls({ voiceSupported, voiceReplies, onVoiceReplies, muted, onMuted, ending, canEnd, onEnd }: Props) {
  const t = useTranslations("Practice");
  return (
    <div className="flex flex-wrap items-center gap-2">
      {voiceSupported ? (
        <>
          <label className="flex h-9 cursor-pointer items-center gap-2 rounded-md border border-input px-3 text-sm font-medium">
            <input
              type="checkbox"
              role="switch"
              checked={voiceReplies}
              onChange={(e) => onVoiceReplies(e.target.checked)}
              className="size-4 accent-primary"
            />
            {t("voiceReplies")}
          </label>
          <Button variant="outline" size="sm" aria-pressed={muted} disabled={!voiceReplies} onClick={() => onMuted(!muted)}>
            {muted ? <VolumeX aria-hidden /> : <Volume2 aria-hidden />}
            {t("mute")}
          </Button>
        </>
      ) : null}
      <Button variant="destructive" size="sm" onClick={onEnd} disabled={!canEnd || ending}>
        {ending ? <Spinner /> : <PhoneOff aria-hidden />}
        {t("endCall")}
      </Button>
    </div>
  );
}
