"use client";

import { Send } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { enterToSend } from "@/components/ui/enter-to-send";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export const MAX_MESSAGE_CHARS = 5_000;

type Props = { onSend: (text: string) => void; onTyping: () => void; disabled?: boolean; language: string };

/** The message box: Enter sends, Shift+Enter adds a line; sending never waits for the network. */
export function Composer({ onSend, onTyping, disabled, language }: Props) {
  const t = useTranslations("Translate");
  const format = useFormatter();
  const [text, setText] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const tooLong = text.length > MAX_MESSAGE_CHARS;
  const send = () => {
    const trimmed = text.trim();
    if (!trimmed || tooLong) return;
    onSend(trimmed);
    setText("");
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The Send button that was pressed is disabled once the box is empty: focus goes back to the box.
    textarea.current?.focus();
    send();
  };
  return (
    <form onSubmit={onSubmit} className="flex items-end gap-2 border-t border-border p-3">
      <div className="grid flex-1 gap-1">
        <Label htmlFor="translate-message" className="sr-only">
          {t("message")}
        </Label>
        <textarea
          ref={textarea}
          id="translate-message"
          rows={1}
          lang={language}
          dir="auto"
          value={text}
          disabled={disabled}
          placeholder={t("writeMessage")}
          aria-invalid={tooLong || undefined}
          aria-describedby={tooLong ? "translate-message-error" : undefined}
          className={cn(fieldControlClasses, "max-h-40 min-h-10 resize-none py-2")}
          onChange={(e) => {
            setText(e.target.value);
            onTyping();
          }}
          onKeyDown={enterToSend(send)}
        />
        {tooLong ? (
          <p id="translate-message-error" className="text-sm text-destructive">
            {t("tooLong", { max: format.number(MAX_MESSAGE_CHARS), count: format.number(text.length) })}
          </p>
        ) : null}
      </div>
      <Button type="submit" size="icon" aria-label={t("send")} disabled={disabled || tooLong || !text.trim()}>
        <Send aria-hidden />
      </Button>
    </form>
  );
}
