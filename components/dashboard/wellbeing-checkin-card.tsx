"use client";

import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckinWidget } from "@/components/wellbeing/checkin-widget";

/** The three-second mood check-in, right on the dashboard. */
export function WellbeingCheckinCard() {
  return (
    <Card role="region" aria-labelledby="wellbeing-card-heading">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle id="wellbeing-card-heading">Check in</CardTitle>
          <CardDescription>One tap: how are you today?</CardDescription>
        </div>
        <Link href="/wellbeing/trends" className="text-sm underline underline-offset-2">See your trends</Link>
      </CardHeader>
      <CardContent>
        <CheckinWidget compact />
      </CardContent>
    </Card>
  );
}
