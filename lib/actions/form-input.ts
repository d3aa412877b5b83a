import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

// A form posts FormData (also before hydration); these turn it into the JSON shape the API's schema
// already validates, so a form and a JSON client share one set of rules and messages.

/** A field's text ("" when absent or a file). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A field's text, or null when empty (an optional date or choice). */
export function textOrNull(form: FormData, name: string): string | null {
  return text(form, name) || null;
}

/** A number field; an empty or non-numeric one stays text, so the schema names the field. */
export function numberOf(form: FormData, name: string): number | string {
  const raw = text(form, name);
  const value = Number(raw);
  return raw.trim() && Number.isFinite(value) ? value : raw;
}

/** A checkbox: true when checked. */
export function checked(form: FormData, name: string): boolean {
  return form.has(name);
}

/** Input from a form: the FormData is read by `fromForm`, then validated by `schema`. */
export function formInput<S extends z.ZodType>(schema: S, fromForm: (form: FormData) => unknown) {
  return z.instanceof(FormData, { message: fieldMessage("sendTheForm") }).transform(fromForm).pipe(schema);
}
