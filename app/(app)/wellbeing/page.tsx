import { BookOpen, ChartLine, Music, Wind } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckinWidget } from "@/components/wellbeing/checkin-widget";

export const metadata: Metadata = { title: "Wellbeing" };

const tools = [
  { href: "/wellbeing/journal/new", icon: BookOpen, title: "Write in your journal", text: "It saves as you type and tells you what it heard." },
  { href: "/wellbeing/trends", icon: ChartLine, title: "See your trends", text: "Your mood over weeks and months, and your year in colour." },
  { href: "/wellbeing/meditate", icon: Wind, title: "Meditate", text: "Breathing, body scan, focus and sleep, from 3 minutes." },
  { href: "/wellbeing/music", icon: Music, title: "Music for your mood", text: "Free tracks that match how you feel, or lift it gently." },
];

export default function WellbeingPage() {
  return (
    <div className="grid gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">Wellbeing</h1>
      <Card role="region" aria-labelledby="checkin-heading">
        <CardHeader>
          <CardTitle id="checkin-heading">Check in</CardTitle>
          <CardDescription>Tap how you feel. That&apos;s it: three seconds.</CardDescription>
        </CardHeader>
        <CardContent>
          <CheckinWidget />
        </CardContent>
      </Card>
      <ul className="grid gap-4 sm:grid-cols-2">
        {tools.map(({ href, icon: Icon, title, text }) => (
          <li key={href}>
            <Link href={href} className="flex h-full gap-3 rounded-lg border border-border p-4 outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring">
              <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
              <span className="grid gap-1">
                <span className="font-medium">{title}</span>
                <span className="text-sm text-muted-foreground">{text}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
