import { CircleCheck, CircleDashed } from "lucide-react";
import { useTranslations } from "next-intl";
import type { HiddenPainResult } from "./api-types";

/** Each of the buyer's hidden pains: uncovered, with the rep's question and the buyer's answer
 * quoted from the transcript, or marked missed. The status is written out, not only coloured. */
export function HiddenPains({ pains }: { pains: HiddenPainResult[] }) {
  const t = useTranslations("Practice");
  if (pains.length === 0) return <p className="text-sm text-muted-foreground">{t("noHiddenPains")}</p>;
  return (
    <ul className="grid gap-2" aria-label={t("hiddenPains")}>
      {pains.map((result) => (
        <li key={result.pain} className="grid gap-1 rounded-md border border-border p-3 text-sm">
          <span className="flex items-start gap-2 font-medium">
            {result.uncovered ? (
              <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-emerald-600" />
            ) : (
              <CircleDashed aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            )}
            <span className="break-words">
              <span className={result.uncovered ? "text-emerald-700 dark:text-emerald-400" : "text-muted-foreground"}>
                {result.uncovered ? t("uncovered") : t("missed")}
              </span>{" "}
              {result.pain}
            </span>
          </span>
          {result.uncovered ? (
            <span className="grid gap-1 pl-6 text-muted-foreground">
              {result.question ? (
                <span className="break-words">
                  {t("yourQuestion")} <q className="italic">{result.question}</q>
                </span>
              ) : null}
              {result.answer ? (
                <span className="break-words">
                  {t("theBuyer")} <q className="italic">{result.answer}</q>
                </span>
              ) : null}
            </span>
          ) : (
            <span className="pl-6 text-muted-foreground">{t("noQuestionDrew")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
