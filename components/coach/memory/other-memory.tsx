import Link from "next/link";
import { useTranslations } from "next-intl";

const sources = [
  { key: "profile", href: "/coach/profile" },
  { key: "goals", href: "/coach/goals" },
  { key: "sessions", href: "/coach/sessions" },
  { key: "summaries", href: "/coach/summaries" },
] as const;

/** Everything else the coach reads besides deep memory, each where it can be seen and changed. */
export function OtherMemory() {
  const t = useTranslations("Coach.memory");
  return (
    <section aria-labelledby="other-memory-heading" className="grid gap-2 rounded-lg border border-border bg-card p-4 text-sm">
      <h2 id="other-memory-heading" className="font-semibold">
        {t("otherTitle")}
      </h2>
      <ul className="grid gap-1.5">
        {sources.map((source) => (
          <li key={source.href}>
            <Link href={source.href} className="font-medium underline underline-offset-2">
              {t(`sources.${source.key}.what`)}
            </Link>{" "}
            <span className="text-muted-foreground">— {t(`sources.${source.key}.how`)}.</span>
          </li>
        ))}
      </ul>
      <p className="text-muted-foreground">{t("whyShows")}</p>
    </section>
  );
}
