"use client";

import "./globals.css";

// Replaces the root layout when it fails, so it brings its own <html> and keeps to plain elements.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Cadence could not load</h1>
          <p className="text-muted-foreground">Something went wrong on our side. Please try again in a moment.</p>
          {error.digest ? <p className="text-xs text-muted-foreground">Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="h-10 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
