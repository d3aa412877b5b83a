"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "next-intl";
import { rubricCategories, type CategoryScore, type RubricCategory } from "@/lib/practice/types";
import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import { CategoryWhy } from "./category-why";
import { usePracticeLabels } from "./labels";

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
      <div aria-hidden className="h-56 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" domain={[0, 100]} stroke="var(--muted-foreground)" />
            <YAxis type="category" dataKey="name" width={120} stroke="var(--muted-foreground)" />
            <Tooltip cursor={{ fill: "var(--muted)" }} contentStyle={{ background: "var(--card)", borderColor: "var(--border)" }} />
            <Bar dataKey="score" fill="var(--primary)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
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
