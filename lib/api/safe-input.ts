import { z } from "zod";
import type { FieldWords } from "../http";
import { fieldMessage } from "../i18n/field-message";

// Input Postgres cannot store, caught before it reaches a query: a NUL character (text columns
// refuse \u0000), a lone UTF-16 surrogate (not encodable as UTF-8), and year 0000 (there is no year
// zero). Each is a 400 at the shared layer, not a 500 from the database.

/** Why a string cannot be stored (a key under ApiErrors), or undefined when it can. */
export function unsafeTextReason(text: string): FieldWords["key"] | undefined {
  if (text.includes("\u0000")) return "fields.nulCharacter";
  if (!text.isWellFormed()) return "fields.unpairedSurrogate";
  return undefined;
}

/** Every string in a parsed JSON value (keys too) that cannot be stored, with its path. */
export function unsafeTextIssues(value: unknown, path: string[] = []): FieldWords[] {
  const field = path.join(".") || "body";
  if (typeof value === "string") {
    const reason = unsafeTextReason(value);
    return reason ? [{ field, key: reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTextIssues(item, [...path, String(i)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => {
      const reason = unsafeTextReason(key);
      return reason ? [{ field: [...path, key].join("."), key: reason }] : unsafeTextIssues(item, [...path, key]);
    });
  }
  return [];
}

// Refinements run even when the format check failed; a value that is no date is that check's to report.
const yearInRange = (value: string) => {
  if (!/^\d{4}-/.test(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= 1 && year <= 9999;
};

/** YYYY-MM-DD, years 0001–9999. */
export const isoDate = (message = fieldMessage("useDate")) => z.iso.date(message).refine(yearInRange, fieldMessage("yearRange"));

/** An ISO date and time with an offset, years 0001–9999. */
export const isoDateTime = (message = fieldMessage("useDateTime")) =>
  z.iso.datetime({ offset: true, message }).refine(yearInRange, fieldMessage("yearRange"));
