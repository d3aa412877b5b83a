"use client";

import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";

/** Theme: a class on <html>, set before paint by an inline script that carries the page's CSP nonce.
 * The query client lives in the signed-in app's layout (components/query-provider.tsx). */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      {children}
    </ThemeProvider>
  );
}
