import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AuthProvider } from "@/components/auth/auth-provider";
import { ApiErrorWords } from "@/components/i18n/api-error-words";
import { Providers } from "@/components/providers";
import { PwaProvider } from "@/components/pwa-provider";
import { textDirection } from "@/lib/i18n/locales";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cadence", template: "%s — Cadence" },
  description: "The voice-first app for getting better at talking.",
  applicationName: "Cadence",
  appleWebApp: { capable: true, title: "Cadence", statusBarStyle: "default" },
  icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1020" },
  ],
};

// Every page renders per request (reading the headers makes it dynamic), so each carries its own CSP
// nonce from proxy.ts; a page prerendered at build time would have scripts without it, and the
// browser would refuse them. Next puts the nonce on its own scripts; the theme script needs it passed.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const locale = await getLocale();
  return (
    <html lang={locale} dir={textDirection(locale)} suppressHydrationWarning>
      <body className="min-h-dvh antialiased">
        <NextIntlClientProvider>
          <ApiErrorWords />
          <AuthProvider>
            <Providers nonce={nonce}>
              <PwaProvider>{children}</PwaProvider>
            </Providers>
          </AuthProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
