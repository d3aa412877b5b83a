import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** Keeps its name while pending so it is always found by the same words; the spinner shows progress. */
export function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  return (
    <Button type="submit" className="w-full" disabled={pending} aria-busy={pending || undefined}>
      {pending ? <Spinner /> : null}
      {children}
    </Button>
  );
}
