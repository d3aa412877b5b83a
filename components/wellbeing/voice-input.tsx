"use client";

import { Mic, MicOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>; resultIndex: number }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start: () => void;
  stop: () => void;
};

type RecognitionWindow = { SpeechRecognition?: new () => Recognition; webkitSpeechRecognition?: new () => Recognition };

const noSubscription = () => () => undefined;
const hasRecognition = () => {
  const w = window as unknown as RecognitionWindow;
  return Boolean(w.SpeechRecognition ?? w.webkitSpeechRecognition);
};

/** Dictation with the browser's own speech recognition: the words land in the entry as editable
 * text; no audio is recorded or kept. Hidden where the browser has none. */
export function VoiceInput({ onText }: { onText: (text: string) => void }) {
  const t = useTranslations("Wellbeing");
  const supported = useSyncExternalStore(noSubscription, hasRecognition, () => false);
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });

  useEffect(() => () => recognition.current?.stop(), []);

  if (!supported) return null;

  const start = () => {
    const w = window as unknown as RecognitionWindow;
    const Ctor = (w.SpeechRecognition ?? w.webkitSpeechRecognition)!;
    const r = new Ctor();
    r.lang = navigator.language;
    r.continuous = true;
    r.interimResults = false;
    r.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!;
        if (result.isFinal) onTextRef.current(result[0]!.transcript.trim());
      }
    };
    r.onerror = (event) => setProblem(event.error === "not-allowed" ? t("micRefused") : t("dictationStopped"));
    r.onend = () => setListening(false);
    recognition.current = r;
    setProblem(null);
    r.start();
    setListening(true);
  };

  return (
    <div className="flex items-center gap-2">
      {problem ? <span className="text-sm text-muted-foreground">{problem}</span> : null}
      <Button type="button" variant="outline" size="sm" aria-pressed={listening} onClick={() => (listening ? recognition.current?.stop() : start())}>
        {listening ? <MicOff aria-hidden /> : <Mic aria-hidden />}
        {listening ? t("stopDictation") : t("dictate")}
      </Button>
    </div>
  );
}
