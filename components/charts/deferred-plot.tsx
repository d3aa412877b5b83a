"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A drawn chart's box: sized by its class before anything loads, so nothing shifts, and filled only
 * once it comes near the viewport (the charting code is fetched then). Hidden from assistive
 * technology: every chart carries its own text alternative beside it. */
export function DeferredPlot({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: "200px" },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} aria-hidden className={cn("w-full text-xs", className)}>
      {near ? children : null}
    </div>
  );
}
