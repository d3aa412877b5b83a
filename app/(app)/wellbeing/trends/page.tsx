import type { Metadata } from "next";
import { TrendsView } from "@/components/wellbeing/trends-view";

export const metadata: Metadata = { title: "Wellbeing trends" };

export default function TrendsPage() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Trends</h1>
      <TrendsView />
    </div>
  );
}
