import type { Metadata } from "next";
import { AttemptComparison } from "@/components/practice/attempt-comparison";

export const metadata: Metadata = { title: "Compare attempts" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CompareAttemptsPage({ searchParams }: { searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> }) {
  const params = await searchParams;
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">Compare attempts</h1>
      <AttemptComparison a={first(params.a)} b={first(params.b)} />
    </div>
  );
}
