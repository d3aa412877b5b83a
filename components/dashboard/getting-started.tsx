import { CircleCheck, Circle } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { languages } from "@/lib/account/languages";
import type { PublicUser } from "@/lib/account/profile";

type Step = { title: string; detail: ReactNode; done: boolean };

const settingsLink = (
  <Link href="/settings" className="font-medium text-primary underline-offset-4 hover:underline">
    Settings
  </Link>
);

function stepsFor(user: PublicUser): Step[] {
  const language = languages.find((l) => l.code === user.preferredLanguage)?.name ?? user.preferredLanguage;
  return [
    { title: "Create your account", detail: "You're in.", done: true },
    {
      title: "Set your language and timezone",
      detail: <>Now {language} and {user.timezone}. Change them in {settingsLink}.</>,
      // Every account starts on UTC, so another zone means the user has chosen one.
      done: user.timezone !== "UTC",
    },
    {
      title: "Choose your coach style",
      detail: <>Now {user.coachStyle}. Strategic, tactical or supportive, in {settingsLink}.</>,
      done: false,
    },
    {
      title: "Install Cadence",
      detail: "Add it to your home screen or dock from your browser's menu; it opens like an app.",
      done: false,
    },
  ];
}

export function GettingStarted({ user }: { user: PublicUser }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Getting started</CardTitle>
        <CardDescription>A few minutes now makes every pillar fit you when it arrives.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4">
          {stepsFor(user).map(({ title, detail, done }) => (
            <li key={title} className="flex gap-3">
              {done ? (
                <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
              ) : (
                <Circle aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
              )}
              <div className="grid gap-0.5">
                <p className="font-medium">
                  {title}
                  <span className="sr-only">{done ? " (done)" : " (to do)"}</span>
                </p>
                <p className="text-sm text-muted-foreground">{detail}</p>
              </div>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
