import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Practice" };

export default function PracticePage() {
  return <ComingSoon slug="practice" />;
}
