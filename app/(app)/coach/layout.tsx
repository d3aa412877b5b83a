import type { ReactNode } from "react";
import { CoachNav } from "@/components/coach/planning/coach-nav";

export default function CoachLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="mx-auto w-full max-w-5xl">
        <CoachNav />
      </div>
      {children}
    </div>
  );
}
