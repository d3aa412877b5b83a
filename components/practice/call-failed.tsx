import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CallDetail } from "./api-types";

/** A call that could not be started or continued: why, and the way back to a new one. */
export function CallFailed({ detail }: { detail: CallDetail }) {
  const t = useTranslations("Practice");
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Alert variant="error">
        <p className="font-medium">{t("failedTitle", { name: detail.persona.name })}</p>
        <p>
          {detail.call.failureReason ?? t("failedDefault")} {t("failedNotScored")}
        </p>
      </Alert>
      <div>
        <Button asChild>
          <Link href="/practice">
            <ArrowLeft aria-hidden />
            {t("startNewCall")}
          </Link>
        </Button>
      </div>
    </div>
  );
}
