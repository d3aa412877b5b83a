"use client";

import { Flag, Languages } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { type ChatMessage, LANGUAGE_NAMES } from "./api-types";
import { textDirection } from "@/lib/translation/languages";

type Props = {
  message: ChatMessage;
  mine: boolean;
  showSender: boolean;
  seen: boolean;
  onFlag: (messageId: string) => void;
  flagging: boolean;
};

/** One message in the reader's language; tapping a translated one shows the original. */
export function MessageBubble({ message, mine, showSender, seen, onFlag, flagging }: Props) {
  const t = useTranslations("Translate");
  const [original, setOriginal] = useState(false);
  const originalName = LANGUAGE_NAMES[message.originalLang] ?? message.originalLang;
  const shownText = original ? message.originalText : message.text;
  const lang = original ? message.originalLang : message.lang;
  const bubble = cn(
    "max-w-[85%] rounded-2xl px-3 py-2 text-left text-sm break-words whitespace-pre-wrap sm:max-w-[70%]",
    mine ? "bg-primary text-primary-foreground" : "bg-muted text-foreground",
    message.deleted && "italic opacity-70",
  );
  return (
    <li className={cn("flex flex-col gap-1", mine ? "items-end" : "items-start")} data-testid="chat-message">
      {showSender && !mine ? <span className="px-1 text-xs text-muted-foreground">{message.senderName}</span> : null}
      {message.translated ? (
        <button
          type="button"
          className={cn(bubble, "focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none")}
          aria-pressed={original}
          aria-label={original ? t("showingOriginal") : t("tapForOriginal")}
          onClick={() => setOriginal((v) => !v)}
        >
          <span lang={lang} dir={textDirection(lang)} data-testid="message-text" className="block">
            {shownText}
          </span>
        </button>
      ) : (
        <p className={bubble}>
          <span lang={lang} dir={message.dir} data-testid="message-text" className="block">
            {message.text}
          </span>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-1 px-1 text-xs text-muted-foreground">
        {message.translated && message.engine ? (
          <Badge variant="outline" title={t("translatedFrom", { language: originalName })}>
            <Languages aria-hidden className="size-3" />
            {original ? t("originalBadge", { language: originalName }) : t("translatedBadge", { engine: t(`engine.${message.engine}`) })}
          </Badge>
        ) : null}
        {message.translated && !mine ? (
          <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" disabled={flagging} onClick={() => onFlag(message.id)}>
            <Flag aria-hidden className="size-3" />
            {t("badTranslation")}
          </Button>
        ) : null}
        {mine && seen ? <span>{t("seen")}</span> : null}
      </div>
    </li>
  );
}
