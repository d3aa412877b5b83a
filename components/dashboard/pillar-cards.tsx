import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { pillars } from "@/components/shell/pillars";

/** One card per pillar; the whole card is clickable through its single link. */
export function PillarCards() {
  const t = useTranslations();
  return (
    <section aria-labelledby="pillars-heading" className="grid gap-4">
      <h2 id="pillars-heading" className="text-xl font-semibold">
        {t("Dashboard.pillarsTitle")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {pillars.map(({ slug, href, icon: Icon, available }) => {
          const name = t(`Pillars.${slug}.name`);
          return (
          <li
            key={slug}
            className="relative flex flex-col gap-3 rounded-lg border border-border bg-card p-5 text-card-foreground shadow-sm transition-colors focus-within:ring-2 focus-within:ring-ring hover:border-primary/50"
          >
            <div className="flex items-center justify-between gap-3">
              <span className="grid size-9 place-items-center rounded-lg bg-accent text-accent-foreground">
                <Icon aria-hidden className="size-5" />
              </span>
              {available ? null : <Badge variant="outline">{t("Common.comingSoon")}</Badge>}
            </div>
            <h3 className="text-lg font-semibold">{name}</h3>
            <p className="flex-1 text-sm text-muted-foreground">{t(`Pillars.${slug}.summary`)}</p>
            <Link href={href} className="text-sm font-medium text-primary outline-none after:absolute after:inset-0 after:rounded-lg">
              {available ? t("Dashboard.openPillar", { name }) : t("Dashboard.seePillar", { name })}
            </Link>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
