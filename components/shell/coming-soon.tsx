import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPillar, type PillarSlug } from "./pillars";

/** The honest placeholder for a pillar that is not built yet: what it will do, and a way back. */
export async function ComingSoon({ slug }: { slug: PillarSlug }) {
  const { icon: Icon } = getPillar(slug);
  const t = await getTranslations();
  const name = t(`Pillars.${slug}.name`);
  const plans = Object.values((await getMessages()).Pillars[slug].plans);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div className="grid gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <span className="grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
            <Icon aria-hidden className="size-5" />
          </span>
          <h1 className="text-3xl font-semibold tracking-tight">{name}</h1>
          <Badge>{t("Common.comingSoon")}</Badge>
        </div>
        <p className="text-lg text-muted-foreground">{t(`Pillars.${slug}.summary`)}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("Shell.comingSoonWhat", { name })}</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="grid list-disc gap-2 pl-5 marker:text-primary">
            {plans.map((plan) => (
              <li key={plan}>{plan}</li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-muted-foreground">
            {t("Shell.comingSoonNotYet", { name })}
          </p>
        </CardContent>
      </Card>
      <div>
        <Button asChild variant="outline">
          <Link href="/dashboard">
            <ArrowLeft aria-hidden />
            {t("Common.backToDashboard")}
          </Link>
        </Button>
      </div>
    </div>
  );
}
