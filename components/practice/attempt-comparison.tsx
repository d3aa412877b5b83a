"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useUserTimeZone } from "@/hooks/use-me";
import { useCompareAttempts } from "@/hooks/use-compare-attempts";
import { categoryLabels, formatDate } from "./labels";
import { scoreTone } from "./score-value";

const signed = (delta: number | null) => (delta === null ? "–" : delta === 0 ? "±0" : `${delta > 0 ? "+" : "−"}${Math.abs(delta)}`);
const grade = (score: number | null) => (score === null ? "Not scored" : score);

/** Two attempts with the same buyer side by side: each category's grade then and now, and why. */
export function AttemptComparison({ a, b }: { a: string; b: string }) {
  const comparison = useCompareAttempts(a, b);
  const timeZone = useUserTimeZone();
  if (!a || !b) return <Alert>Open a call&apos;s debrief and choose “Compare with your last attempt”.</Alert>;
  if (comparison.error) return <Alert variant="error">{comparison.error.status === 404 ? "One of these calls does not exist." : comparison.error.message}</Alert>;
  const data = comparison.data;
  if (!data) return <Skeleton role="status" aria-label="Loading comparison" className="h-64" />;
  const when = (iso: string | null) => (iso ? formatDate(iso, timeZone) : "");
  return (
    <div className="grid gap-4">
      <p className="text-muted-foreground">
        With <strong className="text-foreground">{data.persona.name}</strong>: overall{" "}
        <span className={scoreTone(data.earlier.overallScore)}>{data.earlier.overallScore}</span> →{" "}
        <span className={scoreTone(data.later.overallScore)}>{data.later.overallScore}</span> ({signed(data.overallDelta)}).
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Category scores, earlier and later attempt</caption>
          <thead className="text-muted-foreground">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Category</th>
              <th scope="col" className="py-1 pr-3 font-medium">
                <Link href={`/practice/calls/${data.earlier.callId}`} className="underline underline-offset-2">Earlier</Link>
                <span className="block text-xs font-normal">{when(data.earlier.endedAt)}</span>
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                <Link href={`/practice/calls/${data.later.callId}`} className="underline underline-offset-2">Later</Link>
                <span className="block text-xs font-normal">{when(data.later.endedAt)}</span>
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">Change</th>
              <th scope="col" className="py-1 font-medium">What the later call shows</th>
            </tr>
          </thead>
          <tbody>
            {data.categories.map((row) => (
              <tr key={row.category} className="border-t border-border align-top">
                <th scope="row" className="py-2 pr-3 font-medium">{categoryLabels[row.category]}</th>
                <td className="py-2 pr-3 tabular-nums">{grade(row.earlier)}</td>
                <td className="py-2 pr-3 tabular-nums">{grade(row.later)}</td>
                <td className={`py-2 pr-3 font-medium tabular-nums ${(row.delta ?? 0) > 0 ? "text-emerald-700 dark:text-emerald-400" : (row.delta ?? 0) < 0 ? "text-red-700 dark:text-red-400" : ""}`}>
                  {signed(row.delta)}
                </td>
                <td className="py-2 text-muted-foreground">{row.laterReasons.join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
