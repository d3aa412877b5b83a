"use client";

import { Mic, MicOff, Send } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { enterToSend } from "@/components/ui/enter-to-send";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { useSpeechRecognition } from "@/hooks/use-practice-speech";

const MAX_CHARS = 8_000;

type Props = {
  /** The draft lives with the page, so a failed message can be retried from outside the box. */
  value: string;
  onChange: (text: string) => void;
  disabled: boolean;
  busy: boolean;
  voice: boolean;
  /** Clears the draft and sends; on failure the page puts the draft back. */
  onSend: (text: string) => Promise<boolean>;
  onError: (message: string) => void;
};

/** The message box: Enter sends, Shift+Enter adds a line; in voice mode "Speak" dictates and sends. */
export function ChatComposer({ value: text, onChange: setText, disabled, busy, voice, onSend, onError }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const t = useTranslations("Coach.chat");
  const format = useFormatter();
  const speech = useSpeechRecognition({ onInterim: setText, onFinal: (heard) => void submit(heard), onError });
  const tooLong = text.length > MAX_CHARS;

  async function submit(value: string) {
    const content = value.trim();
    if (!content || disabled || content.length > MAX_CHARS) return;
    await onSend(content);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Back to the box for the next message: the Send button that was pressed is disabled while the coach answers.
    textarea.current?.focus();
    void submit(text);
  }

  const onKeyDown = enterToSend(() => void submit(text));

  const hint = voice && !speech.supported ? t("noSpeech") : t("enterHint");
  return (
    <form onSubmit={onSubmit} className="grid gap-2" aria-label={t("formLabel")}>
      <Label htmlFor="coach-message" className="sr-only">
        {t("yourMessage")}
      </Label>
      <textarea
        ref={textarea}
        id="coach-message"
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby="coach-message-hint"
        aria-invalid={tooLong || undefined}
        placeholder={voice ? t("placeholderVoice") : t("placeholder")}
        className={cn(fieldControlClasses, "min-h-20 resize-y py-2")}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id="coach-message-hint" className={cn("text-xs", tooLong ? "text-destructive" : "text-muted-foreground")}>
          {tooLong ? t("tooLong", { count: format.number(text.length), max: format.number(MAX_CHARS) }) : hint}
        </p>
        <div className="flex gap-2">
          {voice && speech.supported ? (
            <Button variant={speech.listening ? "destructive" : "outline"} aria-pressed={speech.listening} disabled={disabled} onClick={speech.listening ? speech.stop : speech.start}>
              {speech.listening ? <MicOff aria-hidden /> : <Mic aria-hidden />}
              {speech.listening ? t("stop") : t("speak")}
            </Button>
          ) : null}
          <Button type="submit" disabled={disabled || !text.trim() || tooLong}>
            {busy ? <Spinner /> : <Send aria-hidden />}
            {busy ? t("answering") : t("send")}
          </Button>
        </div>
      </div>
    </form>
  );
}
