import { z } from "zod";
import { notFound, type NotFoundKey } from "../http";

/** The :id route segment; anything that is not a uuid cannot be one of the user's rows, so it is a
 * 404 like a foreign id. */
export function idParam(params: Record<string, string | string[]>, what: NotFoundKey): string {
  const parsed = z.uuid().safeParse(params.id);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
