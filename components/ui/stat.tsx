import { cn } from "./cn";

/** One figure in a `<dl>` of stats: a label, the value and an optional hint under it. */
export function Stat({ label, value, hint, size = "lg" }: { label: string; value: string; hint?: string; size?: "md" | "lg" }) {
  return (
    <div className="grid gap-0.5 rounded-md bg-muted/60 p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={cn("font-semibold tabular-nums", size === "lg" ? "text-2xl" : "text-xl")}>{value}</dd>
      {hint ? <dd className="text-xs text-muted-foreground">{hint}</dd> : null}
    </div>
  );
}
