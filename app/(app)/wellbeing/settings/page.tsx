import type { Metadata } from "next";
import { WellbeingSettingsForm } from "@/components/wellbeing/wellbeing-settings-form";

export const metadata: Metadata = { title: "Wellbeing settings" };

export default function WellbeingSettingsPage() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Wellbeing settings</h1>
      <WellbeingSettingsForm />
    </div>
  );
}
