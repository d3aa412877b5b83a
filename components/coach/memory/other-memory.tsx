import Link from "next/link";

const sources = [
  { href: "/coach/profile", what: "Your business profile and how the coach talks to you", how: "read before every answer; edit it there" },
  { href: "/coach/goals", what: "Your active goals and pending action items, including the ones it suggested from what you said", how: "read before every answer; edit, finish or delete them there" },
  { href: "/coach/sessions", what: "Your upcoming sessions and what past ones decided", how: "read before every answer" },
  { href: "/coach/summaries", what: "The last 7 daily summaries, and weekly ones when you look back", how: "written from your check-ins" },
];

/** Everything else the coach reads besides deep memory, each where it can be seen and changed. */
export function OtherMemory() {
  return (
    <section aria-labelledby="other-memory-heading" className="grid gap-2 rounded-lg border border-border bg-card p-4 text-sm">
      <h2 id="other-memory-heading" className="font-semibold">
        What else the coach reads
      </h2>
      <ul className="grid gap-1.5">
        {sources.map((source) => (
          <li key={source.href}>
            <Link href={source.href} className="font-medium underline underline-offset-2">
              {source.what}
            </Link>{" "}
            <span className="text-muted-foreground">— {source.how}.</span>
          </li>
        ))}
      </ul>
      <p className="text-muted-foreground">Each answer&apos;s “Why did you say that?” shows exactly which of these it was given.</p>
    </section>
  );
}
