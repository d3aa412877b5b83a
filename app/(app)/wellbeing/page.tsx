import { BookOpen, ChartLine, Music, Wind } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckinWidget } from "@/components/wellbeing/checkin-widget";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Wellbeing"))("meta") };
}

const tools = [
  { key: "journal", href: "/wellbeing/journal/new", icon: BookOpen },
  { key: "trends", href: "/wellbeing/trends", icon: ChartLine },
  { key: "meditate", href: "/wellbeing/meditate", icon: Wind },
  { key: "music", href: "/wellbeing/music", icon: Music },
] as const;

export default function WellbeingPage() {
  const t = useTranslations("Wellbeing");
  return (
    <div className="grid gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <Card role="region" aria-labelledby="checkin-heading">
        <CardHeader>
          <CardTitle id="checkin-heading">{t("checkIn")}</CardTitle>
          <CardDescription>{t("checkInDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <CheckinWidget />
        </CardContent>
      </Card>
      <ul className="grid gap-4 sm:grid-cols-2">
        {tools.map(({ key, href, icon: Icon }) => (
          <li key={href}>
            <Link href={href} className="flex h-full gap-3 rounded-lg border border-border p-4 outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring">
              <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
              <span className="grid gap-1">
                <span className="font-medium">{t(`tools.${key}.title`)}</span>
                <span className="text-sm text-muted-foreground">{t(`tools.${key}.text`)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
