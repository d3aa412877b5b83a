// No "server-only": used by the offline coach, which the benchmarks run outside Next.

/** An instant as the user's calendar reads it; the bare date if the timezone is unknown. */
export function formatInstant(iso: string, timezone: string, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: timezone }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}
