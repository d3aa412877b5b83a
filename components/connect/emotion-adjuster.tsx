"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAdjustEmotions } from "@/hooks/use-connect";
import { CONNECT_EMOTIONS, type ConnectEmotionScores } from "@/lib/emotion/emotions";

/** "That's not how I feel": one slider per emotion, saved as the clip's vector before matching. */
export function EmotionAdjuster({ clipId, initial, onDone }: { clipId: string; initial: ConnectEmotionScores; onDone: () => void }) {
  const t = useTranslations("Connect");
  const [values, setValues] = useState(initial);
  const adjust = useAdjustEmotions(clipId);
  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        adjust.mutate(values, { onSuccess: onDone });
      }}
    >
      {CONNECT_EMOTIONS.map((emotion) => (
        <div key={emotion} className="grid grid-cols-[7rem_1fr_3rem] items-center gap-2">
          <label htmlFor={`adjust-${emotion}`} className="text-sm capitalize">
            {t(`emotion.${emotion}`)}
          </label>
          <input
            id={`adjust-${emotion}`}
            type="range"
            min={0}
            max={100}
            value={Math.round(values[emotion] * 100)}
            onChange={(e) => setValues({ ...values, [emotion]: Number(e.target.value) / 100 })}
          />
          <span className="text-sm tabular-nums">{Math.round(values[emotion] * 100)}</span>
        </div>
      ))}
      {adjust.error ? <Alert variant="error">{adjust.error.message}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={adjust.isPending}>
          {adjust.isPending ? t("saving") : t("saveFeelings")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
