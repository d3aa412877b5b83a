import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EngineBadge } from "@/components/engine/engine-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { PublicCall, PublicPersona } from "./api-types";
import { usePracticeLabels } from "./labels";

export type CallPhase = "connecting" | "live" | "ended";

type Props = { call: PublicCall; persona: PublicPersona; phase: CallPhase; offline: boolean; children?: ReactNode };

/** Who you are talking to, in which mode, and whether the call is live. */
export function CallHeader({ call, persona, phase, offline, children }: Props) {
  const t = useTranslations("Practice.phase");
  const labels = usePracticeLabels();
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="grid min-w-0 gap-1">
        <h1 className="text-2xl font-semibold tracking-tight break-words">{persona.name}</h1>
        <p className="text-sm text-muted-foreground break-words">
          {persona.role}, {persona.company} · {labels.mode(call.mode)}
        </p>
        <div className="flex flex-wrap items-center gap-2" role="status">
          <Badge className={cn(phase === "live" && "bg-emerald-700 text-white")}>
            <span aria-hidden className={cn("size-1.5 rounded-full bg-current", phase === "live" && "animate-pulse motion-reduce:animate-none")} />
            {t(phase)}
          </Badge>
          {offline ? <EngineBadge engine="built-in" /> : null}
        </div>
      </div>
      {children}
    </header>
  );
}
