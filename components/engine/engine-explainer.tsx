import { useTranslations } from "next-intl";

const engines = ["buyers", "scoring", "coach", "summaries"] as const;

/** What each built-in engine does and what connecting an AI model adds. */
export function EngineExplainer() {
  const t = useTranslations("Engines");
  return (
    <div className="grid gap-4">
      {engines.map((engine) => (
        <section key={engine} aria-labelledby={`engine-${engine}`} className="grid gap-2 rounded-lg border border-border bg-card p-5">
          <h2 id={`engine-${engine}`} className="text-lg font-semibold">
            {t(`list.${engine}.name`)}
          </h2>
          <p className="text-sm">
            <span className="font-medium">{t("builtInLabel")}</span>
            {t(`list.${engine}.builtIn`)}
          </p>
          <p className="text-sm text-muted-foreground">
            <span className="font-medium text-foreground">{t("withModelLabel")}</span>
            {t(`list.${engine}.withModel`)}
          </p>
        </section>
      ))}
    </div>
  );
}
