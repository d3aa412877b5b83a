import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

/** Decorative: the button or region it sits in carries the accessible wording. */
export function Spinner({ className }: { className?: string }) {
  return <LoaderCircle aria-hidden className={cn("size-4 animate-spin motion-reduce:animate-none", className)} />;
}
