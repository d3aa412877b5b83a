import { Info } from "lucide-react";
import { useTranslations } from "next-intl";

/** Said plainly, once per Wellbeing page. */
export function NotTherapyNote() {
  const t = useTranslations("Wellbeing");
  return (
    <p className="flex items-start gap-2 text-sm text-muted-foreground">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      {t("notTherapy")}
    </p>
  );
}
