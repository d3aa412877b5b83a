import type { Metadata } from "next";
import { MemoryBrowser } from "@/components/coach/memory/memory-browser";
import { OtherMemory } from "@/components/coach/memory/other-memory";

export const metadata: Metadata = { title: "Coach memory" };

export default function CoachMemoryPage() {
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Memory</h1>
        <p className="text-muted-foreground">
          What the coach can recall from your past check-ins and sessions. Edit a memory and the coach uses your words from the next answer on;
          forget one and it is gone from what the coach can find at once.
        </p>
      </div>
      <MemoryBrowser />
      <OtherMemory />
    </div>
  );
}
