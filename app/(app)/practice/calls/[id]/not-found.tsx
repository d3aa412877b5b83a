import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function CallNotFound() {
  return (
    <div className="mx-auto grid max-w-xl gap-4 py-10 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">This call does not exist</h1>
      <p className="text-muted-foreground">The link may be mistyped, or the call was deleted. Your other calls are in your history.</p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href="/practice">Start a practice call</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/practice/history">Call history</Link>
        </Button>
      </div>
    </div>
  );
}
