import { History, Upload } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PracticePicker } from "@/components/practice/practice-picker";
import { PractiseNextCard } from "@/components/practice/practise-next-card";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Practice" };

export default function PracticePage() {
  return (
    <div className="mx-auto grid max-w-5xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl font-semibold tracking-tight">Practice</h1>
          <p className="text-muted-foreground">Rehearse a sales call with an AI buyer, then read your debrief.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href="/practice/import">
              <Upload aria-hidden />
              Import a call
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/practice/history">
              <History aria-hidden />
              Call history
            </Link>
          </Button>
        </div>
      </div>
      <PractiseNextCard />
      <PracticePicker />
    </div>
  );
}
