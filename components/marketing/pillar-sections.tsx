import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { pillars } from "@/components/shell/pillars";

/** What each pillar does, or will do, stated plainly: available pillars link in, the rest say they are coming. */
export function PillarSections() {
  return (
    <section aria-labelledby="pillars-heading" className="border-t border-border bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="pillars-heading" className="text-3xl font-semibold tracking-tight">
            Five pillars, arriving one by one
          </h2>
          <p className="text-muted-foreground">
            Practice and Coach are ready today and work with no AI keys, on built-in engines. The other pillars land
            on the same account when they are ready; your data is yours to export or delete at any time.
          </p>
        </div>
        <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {pillars.map(({ slug, name, href, icon: Icon, summary, plans, available }) => (
            <article key={slug} aria-labelledby={`pillar-${slug}`} className="grid content-start gap-4 rounded-lg border border-border bg-card p-6 text-card-foreground shadow-sm">
              <div className="flex items-center justify-between gap-3">
                <span className="grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
                  <Icon aria-hidden className="size-5" />
                </span>
                {available ? <Badge>Available now</Badge> : <Badge variant="outline">Coming soon</Badge>}
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
              {available ? (
                <Link href={href} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                  Open {name}
                </Link>
              ) : null}
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
