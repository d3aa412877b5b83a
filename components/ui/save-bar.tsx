import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Spinner } from "./spinner";

/** A form's submit button with a spinner while saving and a "Saved" status once it has. */
export function SaveBar({ pending, saved, children }: { pending: boolean; saved: boolean; children: ReactNode }) {
  const t = useTranslations("Common");
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? <Spinner /> : null}
        {children}
      </Button>
      <p role="status" className="flex items-center gap-1.5 text-sm font-medium">
        {saved ? (
          <>
            <CircleCheck aria-hidden className="size-4 text-primary" />
            {t("saved")}
          </>
        ) : null}
      </p>
    </div>
  );
}
