import { Mic, MicOff, PhoneOff } from "lucide-react";
import { Button } from "@/components/ui/button";

export function CallControls({ muted, onToggleMute, onEnd, ending }: { muted: boolean; onToggleMute: () => void; onEnd: () => void; ending: boolean }) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button variant="outline" aria-pressed={muted} onClick={onToggleMute}>
        {muted ? <MicOff aria-hidden /> : <Mic aria-hidden />}
        {muted ? "Unmute" : "Mute"}
      </Button>
      <Button variant="destructive" onClick={onEnd} disabled={ending}>
        <PhoneOff aria-hidden />
        {ending ? "Ending…" : "End call"}
      </Button>
    </div>
  );
}
