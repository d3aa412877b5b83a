import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

// next-intl without i18n routing: the URL never carries the locale; each request picks it.
export default getRequestConfig(async () => {
  const [user, cookieStore, headerList] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  const locale = resolveLocale({
    userLanguage: user?.preferredLanguage,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: messagesFor(locale), timeZone: user?.timezone ?? "UTC" };
});
