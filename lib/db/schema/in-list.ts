import { sql } from "drizzle-orm";

/** `'a', 'b', 'c'` for a CHECK constraint over an enum's values (constants, never user input). */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));
