import { useTranslations } from "next-intl";

/** Announces when the persona is answering (streaming) or being read aloud. */
export function SpeakingIndicator({ name, streaming, speaking }: { name: string; streaming: boolean; speaking: boolean }) {
  const t = useTranslations("Practice");
  const text = streaming ? t("speaking", { name }) : speaking ? t("speakingVoice", { name }) : "";
  return (
    <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
      {text ? (
        <span aria-hidden className="flex gap-0.5">
          {[0, 150, 300].map((delay) => (
            <span
              key={delay}
              className="size-1.5 animate-bounce rounded-full bg-primary motion-reduce:animate-none"
              style={{ animationDelay: `${delay}ms` }}
            />
          ))}
        </span>
      ) : null}
      {text}
    </p>
  );
}
