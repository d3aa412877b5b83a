/** A calendar day ("yyyy-MM-dd") before `today` (the user's own today, same format). */
export function isPastDay(day: string | null, today: string): boolean {
  return day !== null && day < today;
}
