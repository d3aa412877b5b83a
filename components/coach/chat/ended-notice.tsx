import { MessageSquarePlus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** An ended conversation stays readable; this says why it ended and that writing starts a new one. */
export function EndedNotice({ endsAt, onNew }: { endsAt: string; onNew: () => void }) {
  const t = useTranslations("Coach.chat");
  const format = useFormatter();
  return (
    <Alert>
      <span className="grid gap-2">
        <span>
          {t("endedOn", { date: format.dateTime(new Date(endsAt), { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }) })}
        </span>
        <span>
          <Button variant="outline" size="sm" onClick={onNew}>
            <MessageSquarePlus aria-hidden />
            {t("startNew")}
          </Button>
        </span>
      </span>
    </Alert>
  );
}
