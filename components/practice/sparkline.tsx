/** A tiny 0–100 line for a table cell; decorative, the row's text says the same. */
export function Sparkline({ points, className }: { points: number[]; className?: string }) {
  if (points.length < 2) return null;
  const step = 100 / (points.length - 1);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${(i * step).toFixed(1)},${(100 - p).toFixed(1)}`).join(" ");
  return (
    <svg aria-hidden viewBox="0 0 100 100" preserveAspectRatio="none" className={className}>
      <path d={path} fill="none" stroke="currentColor" strokeWidth={6} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
