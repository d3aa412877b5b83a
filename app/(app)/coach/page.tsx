import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Coach" };

export default function CoachPage() {
  return <ComingSoon slug="coach" />;
}
