"use client";

import { useSyncExternalStore } from "react";
import { GLOBAL_ERROR_TEXT, globalErrorLanguage, type GlobalErrorLanguage } from "@/lib/i18n/global-error-text";
import "./globals.css";

const browserLanguage = () => globalErrorLanguage({ cookie: document.cookie, languages: navigator.languages });
const serverLanguage = (): GlobalErrorLanguage => "en";
const noSubscription = () => () => {};

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const language = useSyncExternalStore(noSubscription, browserLanguage, serverLanguage);
  const text = GLOBAL_ERROR_TEXT[language];
  return (
    <html lang={language}>
      <body className="min-h-dvh antialiased">
        <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">{text.title}</h1>
          <p className="text-muted-foreground">{text.body}</p>
          {error.digest ? (
            <p className="text-xs text-muted-foreground">
              {text.reference} {error.digest}
            </p>
          ) : null}
          <button
            type="button"
            onClick={reset}
            className="h-10 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
          >
            {text.tryAgain}
          </button>
        </main>
      </body>
    </html>
  );
}
