"use client";

import { Mic, MicOff, Send } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { enterToSend } from "@/components/ui/enter-to-send";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/cn";
import { useSpeechRecognition } from "@/hooks/use-practice-speech";

type Props = { disabled: boolean; onSend: (text: string) => Promise<boolean>; onError: (message: string) => void };

/** t("yourReply"): Enter sends, Shift+Enter adds a line; t("speak") dictates and sends what was heard. */
export function ReplyComposer({ disabled, onSend, onError }: Props) {
  const t = useTranslations("Practice");
  const [text, setText] = useState("");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const focusedOnce = useRef(false);
  // The call starts with the cursor in the reply box, once the box can be used.
  useEffect(() => {
    if (disabled || focusedOnce.current) return;
    focusedOnce.current = true;
    textarea.current?.focus();
  }, [disabled]);
  const speech = useSpeechRecognition({
    onInterim: setText,
    onFinal: (heard) => void submit(heard),
    onError,
  });

  async function submit(value: string) {
    const content = value.trim();
    if (!content || disabled) return;
    setText("");
    if (!(await onSend(content))) setText(content);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Sending with the button (now disabled, as the box is empty) would otherwise leave focus nowhere.
    textarea.current?.focus();
    void submit(text);
  }

  const onKeyDown = enterToSend(() => void submit(text));

  return (
    <form onSubmit={onSubmit} className="grid gap-2" aria-label={t("replyForm")}>
      <Label htmlFor="reply-text">{t("yourReply")}</Label>
      <textarea
        ref={textarea}
        id="reply-text"
        rows={2}
        value={text}
        maxLength={10_000}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby="reply-hint"
        placeholder={t("replyPlaceholder")}
        className={cn(fieldControlClasses, "min-h-16 resize-y py-2")}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        {/* Two lines kept on phones: the server renders the longer no-speech hint, and the browser
            may swap in the one-line hint when it hydrates, which would shift the call's controls. */}
        <p id="reply-hint" className="text-xs text-muted-foreground max-sm:min-h-8">
          {speech.supported ? t("replyHintSpeech") : t("replyHintNoSpeech")}
        </p>
        <div className="flex gap-2">
          {speech.supported ? (
            <Button
              variant={speech.listening ? "destructive" : "outline"}
              aria-pressed={speech.listening}
              disabled={disabled}
              onClick={speech.listening ? speech.stop : speech.start}
            >
              {speech.listening ? <MicOff aria-hidden /> : <Mic aria-hidden />}
              {t("speak")}
            </Button>
          ) : null}
          <Button type="submit" disabled={disabled || !text.trim()}>
            <Send aria-hidden />
            {t("send")}
          </Button>
        </div>
      </div>
    </form>
  );
}
