import { Info } from "lucide-react";

/** Said plainly, once per Wellbeing page. */
export function NotTherapyNote() {
  return (
    <p className="flex items-start gap-2 text-sm text-muted-foreground">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      Wellbeing is a private journal and a set of self-care tools, not therapy or medical advice. If you are struggling, please reach out to a professional or a crisis line.
    </p>
  );
}
