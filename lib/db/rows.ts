// db.execute() answers with an array of rows on postgres-js and with { rows } on PGlite.
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}
