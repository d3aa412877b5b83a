import type { Metadata } from "next";
import { JournalEditor } from "@/components/wellbeing/journal-editor";

export const metadata: Metadata = { title: "New journal entry" };

export default function NewEntryPage() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">New entry</h1>
      <JournalEditor entryId={null} />
    </div>
  );
}
