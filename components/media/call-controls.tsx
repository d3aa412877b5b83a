import { Mic, MicOff, PhoneOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function CallControls({ muted, onToggleMute, onEnd, ending }: { muted: boolean; onToggleMute: () => void; onEnd: () => void; ending: boolean }) {
  const t = useTranslations("Media");
  return (
    <div className="flex flex-wrap gap-3">
      <Button variant="outline" aria-pressed={muted} onClick={onToggleMute}>
        {muted ? <MicOff aria-hidden /> : <Mic aria-hidden />}
        {muted ? t("unmute") : t("mute")}
      </Button>
      <Button variant="destructive" onClick={onEnd} disabled={ending}>
        <PhoneOff aria-hidden />
        {ending ? t("ending") : t("endCall")}
      </Button>
    </div>
  );
}
