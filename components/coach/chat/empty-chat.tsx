import { MessageCircle } from "lucide-react";
import { useMessages, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The first screen of a conversation: a greeting and a few ways to begin. */
export function EmptyChat({ name, structured, disabled, onPick }: { name: string; structured: boolean; disabled: boolean; onPick: (text: string) => void }) {
  const t = useTranslations("Coach.chat");
  const starters = useMessages().Coach.chat.starters;
  return (
    <div className="grid justify-items-center gap-4 rounded-lg border border-dashed border-border p-6 text-center sm:p-10">
      <MessageCircle aria-hidden className="size-8 text-primary" />
      <div className="grid gap-1">
        <p className="text-lg font-semibold">{t("greeting", { name })}</p>
        <p className="text-sm text-muted-foreground">
          {structured ? t("structuredIntro") : t("checkInIntro")}
        </p>
      </div>
      <ul className="flex flex-wrap justify-center gap-2">
        {Object.values(structured ? starters.structured : starters.check_in).map((starter) => (
          <li key={starter}>
            <Button variant="outline" size="sm" disabled={disabled} onClick={() => onPick(starter)}>
              {starter}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
