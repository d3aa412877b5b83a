// The API words its error messages in the language the page sends (hooks/api-request.ts). For the
// codes whose message says no more than the code does, and for a request that never reached the
// server, the browser shows its own words in the interface language: <ApiErrorWords /> (inside
// next-intl's provider) hands them in once. Every other code keeps the server's message.

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
