import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Translate" };

export default function TranslatePage() {
  return <ComingSoon slug="translate" />;
}
