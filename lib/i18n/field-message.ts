import type en from "@/messages/en.json";

// A schema's own field messages are keys of ApiErrors.fields, not English: the API answers them in
// the reader's language (lib/i18n/issue-message.ts) and a form that checks with the same schema in
// the browser words them with its translator. The numbers come from the issue (minimum, maximum).

export type FieldMessageKey = keyof (typeof en)["ApiErrors"]["fields"];

const PREFIX = "ApiErrors.fields.";

/** The message to give a zod check, e.g. `.max(200, fieldMessage("maxChars"))`. */
export function fieldMessage(key: FieldMessageKey): string {
  return `${PREFIX}${key}`;
}

/** The messages key a zod message names, if it names one. */
export function fieldMessageKey(message: string): `ApiErrors.fields.${FieldMessageKey}` | undefined {
  return message.startsWith(PREFIX) ? (message as `ApiErrors.fields.${FieldMessageKey}`) : undefined;
}

type Bound = number | bigint | Date;
type IssueLike = { message: string; minimum?: Bound; maximum?: Bound; params?: Record<string, unknown> };

/** The ICU values a field message can use: the bounds of the check that failed, and the `params` a
 * refinement names. */
export function issueValues(issue: IssueLike): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  if (issue.minimum !== undefined) values.minimum = Number(issue.minimum);
  if (issue.maximum !== undefined) values.maximum = Number(issue.maximum);
  return values;
}
