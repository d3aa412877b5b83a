import type { Metadata } from "next";
import { JournalList } from "@/components/wellbeing/journal-list";

export const metadata: Metadata = { title: "Journal" };

export default function JournalPage() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Journal</h1>
      <JournalList />
    </div>
  );
}
