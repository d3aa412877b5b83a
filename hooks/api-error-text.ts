// The API writes its error messages on the server, in English. For the codes whose message says no
// more than the code does, the browser shows its own words in the interface language instead:
// <ApiErrorWords /> (inside next-intl's provider) hands them in once. Every other code keeps the
// server's message, as does everything before the words arrive.

export type ErrorValues = { retryAfterSeconds?: number; details?: unknown };

export type ApiErrorWordsFn = (code: string, values: ErrorValues) => string | undefined;

let words: ApiErrorWordsFn = () => undefined;

export function setApiErrorWords(next: ApiErrorWordsFn): void {
  words = next;
}

/** What to show for an error with this code: our words for it, else `fallback` (the server's). */
export function apiErrorText(code: string, fallback: string, values: ErrorValues = {}): string {
  return words(code, values) ?? fallback;
}
