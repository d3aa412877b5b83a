import { CircleAlert, CloudOff, Check, Loader2, Pencil } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave-entry";

/** The editor's save state, announced politely as it changes. */
export function SaveState({ status, savedAt }: { status: SaveStatus; savedAt: string | null }) {
  const t = useTranslations("Wellbeing.save");
  const format = useFormatter();
  const Icon = status === "saved" ? Check : status === "saving" || status === "loading" ? Loader2 : status === "offline" ? CloudOff : status === "error" ? CircleAlert : Pencil;
  const time = status === "saved" && savedAt ? t("at", { time: format.dateTime(new Date(savedAt), { hour: "2-digit", minute: "2-digit" }) }) : "";
  return (
    <p role="status" data-save-state={status} className="flex items-center gap-1.5 text-sm text-muted-foreground">
      <Icon aria-hidden className={`size-4 ${status === "saving" ? "animate-spin" : ""}`} />
      {t(status)}
      {time}
    </p>
  );
}
