"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import { rubricCategories, type CategoryScore, type RubricCategory } from "@/lib/practice/types";
import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import { CategoryWhy } from "./category-why";
import { usePracticeLabels } from "./labels";

const CategoryPlot = dynamic(() => import("./category-plot").then((m) => m.CategoryPlot), { ssr: false });

type Props = {
  categories: Record<RubricCategory, CategoryScore>;
  /** With a call id, each category can be disputed once; its re-grade shows under the reasons. */
  callId?: string;
  disputes?: PublicDispute[];
  /** Scrolls the transcript to the line a piece of evidence quotes. */
  onShowQuote?: (quote: string) => void;
};

/** The five rubric scores as bars (decorative) and as a table with the numbers and reasons. */
export function CategoryChart({ categories, callId, disputes = [], onShowQuote }: Props) {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const data = rubricCategories.map((c) => ({ name: labels.category(c), score: categories[c].score ?? 0 }));
  return (
    <div className="grid gap-4">
      <DeferredPlot className="h-56">
        <CategoryPlot data={data} />
      </DeferredPlot>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("categoryScores")}</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t("category")}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t("score")}</th>
            <th scope="col" className="py-1 font-medium">{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {rubricCategories.map((c) => (
            <tr key={c} className="border-t border-border align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{labels.category(c)}</th>
              <td className="py-2 pr-3 tabular-nums">{categories[c].score ?? <span className="text-muted-foreground">{t("notScored")}</span>}</td>
              <td className="py-2 text-muted-foreground">
                <CategoryWhy
                  callId={callId}
                  category={c}
                  entry={categories[c]}
                  dispute={disputes.find((d) => d.category === c)}
                  onShowQuote={onShowQuote}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
