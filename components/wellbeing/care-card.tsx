import { HeartHandshake } from "lucide-react";
import { useTranslations } from "next-intl";
import type { CrisisResource } from "./api-types";

const linkOf = (how: string) => (/findahelpline\.com/.test(how) ? "https://findahelpline.com" : null);

/** A calm pointer to real help, shown beside (never instead of) what the user wrote. Nothing about
 * it is sent anywhere. */
export function CareCard({ resources }: { resources: CrisisResource[] }) {
  const t = useTranslations("Wellbeing");
  return (
    <section aria-labelledby="care-card-heading" className="grid gap-3 rounded-lg border border-sky-700/30 bg-sky-700/5 p-4 text-sm">
      <h2 id="care-card-heading" className="flex items-center gap-2 text-base font-semibold">
        <HeartHandshake aria-hidden className="size-5 text-sky-800 dark:text-sky-300" />
        {t("careTitle")}
      </h2>
      <p>{t("careBody")}</p>
      <ul className="grid gap-1.5">
        {resources.map((r) => {
          const href = linkOf(r.how);
          return (
            <li key={`${r.where}-${r.who}`}>
              <span className="font-medium">{r.where}:</span> {r.who} — {href ? <a href={href} target="_blank" rel="noreferrer" className="underline underline-offset-2">{r.how}</a> : r.how}
            </li>
          );
        })}
      </ul>
      <p className="text-muted-foreground">{t("careNote")}</p>
    </section>
  );
}
