import Link from "next/link";
import { useMessages, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { pillars } from "@/components/shell/pillars";

/** What each pillar does, or will do, stated plainly: available pillars link in, the rest say they are coming. */
export function PillarSections() {
  const t = useTranslations();
  const messages = useMessages();
  return (
    <section aria-labelledby="pillars-heading" className="border-t border-border bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="pillars-heading" className="text-3xl font-semibold tracking-tight">
            {t("Marketing.pillarsTitle")}
          </h2>
          <p className="text-muted-foreground">
            {t("Marketing.pillarsBody")}
          </p>
        </div>
        <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {pillars.map(({ slug, href, icon: Icon, available }) => {
            const name = t(`Pillars.${slug}.name`);
            const plans = Object.values(messages.Pillars[slug].plans);
            return (
            <article key={slug} aria-labelledby={`pillar-${slug}`} className="grid content-start gap-4 rounded-lg border border-border bg-card p-6 text-card-foreground shadow-sm">
              <div className="flex items-center justify-between gap-3">
                <span className="grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
                  <Icon aria-hidden className="size-5" />
                </span>
                {available ? <Badge>{t("Common.availableNow")}</Badge> : <Badge variant="outline">{t("Common.comingSoon")}</Badge>}
              </div>
              <h3 id={`pillar-${slug}`} className="text-xl font-semibold">
                {name}
              </h3>
              <p className="text-muted-foreground">{t(`Pillars.${slug}.summary`)}</p>
              <ul className="grid list-disc gap-1.5 pl-5 text-sm marker:text-primary">
                {plans.map((plan) => (
                  <li key={plan}>{plan}</li>
                ))}
              </ul>
              {available ? (
                <Link href={href} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                  {t("Marketing.openPillar", { name })}
                </Link>
              ) : null}
            </article>
            );
          })}
        </div>
      </div>
    </section>
  );
}
