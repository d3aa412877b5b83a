import type { ReactNode } from "react";
import { NotTherapyNote } from "@/components/wellbeing/not-therapy-note";
import { WellbeingNav } from "@/components/wellbeing/wellbeing-nav";

export default function WellbeingLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid w-full max-w-5xl grid-cols-1 gap-6">
      <WellbeingNav />
      {children}
      <NotTherapyNote />
    </div>
  );
}
