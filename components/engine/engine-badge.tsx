import { Cpu, Sparkles } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export type EngineKind = "built-in" | "ai";

type Props = {
  engine: EngineKind;
  /** The vendor or model that answered when engine is "ai", e.g. "Gemini". */
  provider?: string;
  className?: string;
};

/** Says once per conversation or result which engine produced it, linking to what that means. */
export function EngineBadge({ engine, provider, className }: Props) {
  const t = useTranslations("Engines");
  const builtIn = engine === "built-in";
  const Icon = builtIn ? Cpu : Sparkles;
  const label = builtIn ? t("badgeBuiltIn") : provider ? t("badgeAiProvider", { provider }) : t("badgeAi");
  return (
    <Badge variant="outline" className={className}>
      <Icon aria-hidden className="size-3" />
      <Link
        href="/engines"
        className="underline-offset-2 hover:underline focus-visible:rounded-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        title={builtIn ? t("badgeBuiltInTitle") : t("badgeAiTitle")}
      >
        {label}
      </Link>
    </Badge>
  );
}
