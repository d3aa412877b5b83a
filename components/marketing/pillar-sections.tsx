import { Badge } from "@/components/ui/badge";
import { pillars } from "@/components/shell/pillars";

/** What each pillar will do, stated plainly: none of them is available yet. */
export function PillarSections() {
  return (
    <section aria-labelledby="pillars-heading" className="border-t border-border bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="pillars-heading" className="text-3xl font-semibold tracking-tight">
            Five pillars, arriving one by one
          </h2>
          <p className="text-muted-foreground">
            Today Cadence is its foundation: your account, your settings and your data, yours to export or delete.
            Each pillar below lands on top of it when it is ready.
          </p>
        </div>
        <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {pillars.map(({ slug, name, icon: Icon, summary, plans }) => (
            <article key={slug} aria-labelledby={`pillar-${slug}`} className="grid content-start gap-4 rounded-lg border border-border bg-card p-6 text-card-foreground shadow-sm">
              <div className="flex items-center justify-between gap-3">
                <span className="grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
                  <Icon aria-hidden className="size-5" />
                </span>
                <Badge variant="outline">Coming soon</Badge>
              </div>
              <h3 id={`pillar-${slug}`} className="text-xl font-semibold">
                {name}
              </h3>
              <p className="text-muted-foreground">{summary}</p>
              <ul className="grid list-disc gap-1.5 pl-5 text-sm marker:text-primary">
                {plans.map((plan) => (
                  <li key={plan}>{plan}</li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
