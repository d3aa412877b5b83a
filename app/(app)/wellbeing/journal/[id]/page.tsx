import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JournalEditor } from "@/components/wellbeing/journal-editor";

export const metadata: Metadata = { title: "Journal entry" };

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = z.uuid().safeParse((await params).id);
  if (!parsed.success) notFound();
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Journal entry</h1>
      <JournalEditor key={parsed.data} entryId={parsed.data} />
    </div>
  );
}
