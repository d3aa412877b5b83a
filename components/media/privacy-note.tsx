import { ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";

/** What happens to the audio of a call, said plainly on the call screen. */
export function PrivacyNote() {
  const t = useTranslations("Media");
  return (
    <p className="flex items-start gap-2 text-sm text-muted-foreground">
      <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        {t("privacy")}
      </span>
    </p>
  );
}
