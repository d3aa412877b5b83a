import type { Metadata } from "next";
import { MeditateView } from "@/components/wellbeing/meditate-view";

export const metadata: Metadata = { title: "Meditate" };

export default function MeditatePage() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Meditate</h1>
      <MeditateView />
    </div>
  );
}
