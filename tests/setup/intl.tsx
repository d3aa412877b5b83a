import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/messages";

/** Renders a component under a locale's messages (English, as the app does by default). */
export function IntlWrapper({ children, locale = "en", timeZone = "UTC" }: { children?: ReactNode; locale?: string; timeZone?: string }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
