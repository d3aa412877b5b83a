import type { ComponentProps } from "react";
import { cn } from "./cn";

export const fieldControlClasses =
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-base text-foreground shadow-xs outline-none transition-colors placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-destructive/30 sm:text-sm";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(fieldControlClasses, "h-10 py-2", className)} {...props} />;
}
