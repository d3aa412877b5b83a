import type { ReactNode } from "react";

/** A centred full-page message (not found, errors) with room for actions. */
export function MessagePage({ title, children, actions }: { title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <div className="text-muted-foreground">{children}</div>
      <div className="flex flex-wrap justify-center gap-3">{actions}</div>
    </main>
  );
}
