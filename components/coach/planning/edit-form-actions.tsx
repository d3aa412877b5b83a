import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** "Save changes" and "Cancel" under an in-place edit form (goals and action items). */
export function EditFormActions({ busy, onCancel, className }: { busy: boolean; onCancel: () => void; className?: string }) {
  const t = useTranslations("CoachPlanning.edit");
  return (
    <div className={cn("flex flex-wrap gap-2", className)}>
      <Button type="submit" size="sm" disabled={busy}>
        {t("save")}
      </Button>
      <Button variant="ghost" size="sm" onClick={onCancel}>
        {t("cancel")}
      </Button>
    </div>
  );
}
