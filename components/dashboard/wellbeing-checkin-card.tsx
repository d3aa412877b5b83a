"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckinWidget } from "@/components/wellbeing/checkin-widget";

/** The three-second mood check-in, right on the dashboard. */
export function WellbeingCheckinCard() {
  const t = useTranslations("Dashboard");
  return (
    <Card role="region" aria-labelledby="wellbeing-card-heading">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle id="wellbeing-card-heading">{t("checkinTitle")}</CardTitle>
          <CardDescription>{t("checkinDescription")}</CardDescription>
        </div>
        <Link href="/wellbeing/trends" className="text-sm underline underline-offset-2">{t("seeTrends")}</Link>
      </CardHeader>
      <CardContent>
        <CheckinWidget compact />
      </CardContent>
    </Card>
  );
}
