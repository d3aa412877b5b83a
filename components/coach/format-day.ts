/** "Tue 3 Nov": a calendar day ("yyyy-MM-dd") shown as written, whatever the browser's timezone. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" }): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { ...options, timeZone: "UTC" });
}

export const WITH_YEAR: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric" };
