import { cn } from "@/components/ui/cn";
import { moodScale } from "./timeline";

/** A day's mood as a word and five dots filled up to its step; the raw score stays out of sight. */
export function MoodMeter({ sentiment }: { sentiment: number }) {
  const { step, label } = moodScale(sentiment);
  return (
    <span className="inline-flex items-center gap-1.5">
      <span>Mood: {label}</span>
      <span role="img" aria-label={`${step} of 5`} className="inline-flex gap-0.5">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} aria-hidden className={cn("size-1.5 rounded-full", n <= step ? "bg-primary" : "bg-muted-foreground/30")} />
        ))}
      </span>
    </span>
  );
}
