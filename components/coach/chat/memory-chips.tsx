"use client";

import { History } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import type { ChatMemory } from "./api-types";

function MemoryChip({ memory }: { memory: ChatMemory }) {
  const t = useTranslations("Coach.chat");
  const format = useFormatter();
  const tipId = useId();
  return (
    <li className="group relative">
      <button
        type="button"
        aria-describedby={tipId}
        className="inline-flex items-center gap-1 rounded-full border border-border bg-background px-2.5 py-0.5 text-xs text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
      >
        <History aria-hidden className="size-3" />
        {t("rememberedFrom", { date: format.dateTime(new Date(memory.createdAt), { day: "numeric", month: "short" }) })}
      </button>
      <span
        id={tipId}
        role="tooltip"
        className="invisible absolute bottom-full left-0 z-10 mb-1 w-64 max-w-[80vw] rounded-md border border-border bg-card p-2 text-xs text-card-foreground shadow-md group-focus-within:visible group-hover:visible"
      >
        “{memory.snippet}”
      </span>
    </li>
  );
}

/** Why the coach said what it said: the past messages it was shown, each with its date. */
export function MemoryChips({ memories }: { memories: ChatMemory[] }) {
  const t = useTranslations("Coach.chat");
  if (memories.length === 0) return null;
  return (
    <ul aria-label={t("remembered")} className="flex flex-wrap gap-1.5">
      {memories.map((memory) => (
        <MemoryChip key={memory.messageId} memory={memory} />
      ))}
      <li>
        <Link href="/coach/memory" className="inline-flex h-6 items-center text-xs text-muted-foreground underline underline-offset-2 hover:text-foreground">
          {t("manageMemory")}
        </Link>
      </li>
    </ul>
  );
}
