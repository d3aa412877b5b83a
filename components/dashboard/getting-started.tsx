import { CircleCheck, Circle } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { languages } from "@/lib/account/languages";
import type { PublicUser } from "@/lib/account/profile";

type Step = { title: string; detail: ReactNode; done: boolean };

type Translator = Awaited<ReturnType<typeof getTranslations<"Dashboard">>>;

const settingsLink = (chunks: ReactNode) => (
  <Link href="/settings" className="font-medium text-primary underline-offset-4 hover:underline">
    {chunks}
  </Link>
);

function stepsFor(user: PublicUser, t: Translator, style: string): Step[] {
  const language = languages.find((l) => l.code === user.preferredLanguage)?.name ?? user.preferredLanguage;
  return [
    { title: t("stepAccount"), detail: t("stepAccountDone"), done: true },
    {
      title: t("stepLanguage"),
      detail: t.rich("stepLanguageDetail", { language, timezone: user.timezone, link: settingsLink }),
      // Every account starts on UTC, so another zone means the user has chosen one.
      done: user.timezone !== "UTC",
    },
    {
      title: t("stepStyle"),
      detail: t.rich("stepStyleDetail", { style, link: settingsLink }),
      done: false,
    },
    {
      title: t("stepInstall"),
      detail: t("stepInstallDetail"),
      done: false,
    },
  ];
}

export async function GettingStarted({ user }: { user: PublicUser }) {
  const t = await getTranslations("Dashboard");
  const style = (await getTranslations("CoachStyles"))(user.coachStyle);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("gettingStarted")}</CardTitle>
        <CardDescription>{t("gettingStartedDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4">
          {stepsFor(user, t, style).map(({ title, detail, done }) => (
            <li key={title} className="flex gap-3">
              {done ? (
                <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
              ) : (
                <Circle aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
              )}
              <div className="grid gap-0.5">
                <p className="font-medium">
                  {title}
                  <span className="sr-only">{done ? t("done") : t("toDo")}</span>
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
