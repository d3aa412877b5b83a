import { PhoneCall } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CallHistory } from "@/components/practice/call-history";
import { HistorySummary } from "@/components/practice/history-summary";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Call history" };

export default function PracticeHistoryPage() {
  return (
    <div className="mx-auto grid max-w-4xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl font-semibold tracking-tight">Call history</h1>
          <p className="text-muted-foreground">Every practice call, newest first. Open one to read its debrief.</p>
        </div>
        <Button asChild>
          <Link href="/practice">
            <PhoneCall aria-hidden />
            New call
          </Link>
        </Button>
      </div>
      <HistorySummary />
      <Suspense>
        <CallHistory />
      </Suspense>
    </div>
  );
}
