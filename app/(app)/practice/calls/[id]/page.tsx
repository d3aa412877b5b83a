import type { Metadata } from "next";
import { CallRoom } from "@/components/practice/call-room";

export const metadata: Metadata = { title: "Practice call" };

export default async function PracticeCallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CallRoom callId={id} />;
}
