/** "Tue 3 Nov": a calendar day ("yyyy-MM-dd") shown as written, whatever the browser's timezone. */
/** `locale` is the interface locale (useLocale / getLocale); without it the runtime's own. */
export function formatDay(
  day: string,
  options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" },
  locale?: string,
): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { ...options, timeZone: "UTC" });
}

export const WITH_YEAR: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric" };
