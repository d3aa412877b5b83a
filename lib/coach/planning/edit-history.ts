import { sql, type AnyColumn } from "drizzle-orm";
import type { EditRecord } from "../../db/schema/coach";

type Value = string | number | null;

/** The edit that `changes` makes to `current`, over `fields` only; null when nothing really changes. */
export function editOf<T extends Record<string, unknown>>(current: T, changes: Partial<T>, fields: readonly (keyof T & string)[], now: Date): EditRecord | null {
  const diffs = fields.flatMap((field) =>
    field in changes && changes[field] !== undefined && changes[field] !== current[field]
      ? [{ field, from: (current[field] ?? null) as Value, to: (changes[field] ?? null) as Value }]
      : [],
  );
  return diffs.length ? { at: now.toISOString(), changes: diffs } : null;
}

/** `column || [edit]`: appended in the UPDATE itself, so two edits at once both stay in the history. */
export function appendEdit(column: AnyColumn, edit: EditRecord) {
  return sql`${column} || ${JSON.stringify([edit])}::jsonb`;
}
