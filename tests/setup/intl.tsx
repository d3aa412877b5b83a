import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/messages";

/** Renders a component under the English messages, as the app does by default. */
export function IntlWrapper({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" messages={messagesFor("en")} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
