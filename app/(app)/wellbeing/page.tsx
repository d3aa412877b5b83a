import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Wellbeing" };

export default function WellbeingPage() {
  return <ComingSoon slug="wellbeing" />;
}
