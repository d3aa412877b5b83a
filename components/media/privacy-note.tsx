import { ShieldCheck } from "lucide-react";

/** What happens to the audio of a call, said plainly on the call screen. */
export function PrivacyNote() {
  return (
    <p className="flex items-start gap-2 text-sm text-muted-foreground">
      <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        Audio goes peer to peer between your browsers, encrypted with DTLS-SRTP. It never passes through our servers and is
        never recorded.
      </span>
    </p>
  );
}
