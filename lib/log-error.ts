import { DrizzleQueryError } from "drizzle-orm/errors";

// A failed query's message carries its parameters, which are user content (names, journal text,
// passwords' neighbours); the log gets the SQL and each parameter's shape instead, and from the
// database error only the fields that name what went wrong, not the values involved.

export function parameterShape(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "string") return `string(${value.length})`;
  if (value instanceof Date) return "date";
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `bytes(${value.byteLength})`;
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}

type DbCause = { code?: string; severity?: string; table?: string; column?: string; constraint?: string; routine?: string };

function causeFields(cause: unknown): DbCause | undefined {
  if (!cause || typeof cause !== "object") return undefined;
  const { code, severity, table, column, constraint, routine } = cause as Record<string, unknown>;
  const fields = { code, severity, table, column, constraint, routine };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === "string")) as DbCause;
}

/** pino's `err` serializer: failed queries without their values, anything else as pino would. */
export function serializeError(err: unknown, standard: (e: Error) => object): unknown {
  if (err instanceof DrizzleQueryError) {
    return {
      type: "DrizzleQueryError",
      query: err.query,
      params: err.params.map(parameterShape),
      cause: causeFields(err.cause),
      stack: err.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")).join("\n"),
    };
  }
  return err instanceof Error ? standard(err) : err;
}
