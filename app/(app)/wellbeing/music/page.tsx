import type { Metadata } from "next";
import { MusicView } from "@/components/wellbeing/music-view";

export const metadata: Metadata = { title: "Music by mood" };

export default function MusicPage() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Music by mood</h1>
      <MusicView />
    </div>
  );
}
