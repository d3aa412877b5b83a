import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Connect" };

export default function ConnectPage() {
  return <ComingSoon slug="connect" />;
}
