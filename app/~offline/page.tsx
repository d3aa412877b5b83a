import type { Metadata } from "next";

export const metadata: Metadata = { title: "Offline" };

export default function OfflinePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">You are offline</h1>
      <p className="text-muted-foreground">
        Cadence needs a connection for practice calls and the coach. Pages you opened recently still work; everything
        else comes back as soon as you are online again.
      </p>
    </main>
  );
}
