import { z } from "zod";
import { notFound } from "@/lib/http";

/** The :id segment; anything that is not a uuid cannot be a room, so it is a 404 like a foreign one. */
export function roomIdOf(params: Record<string, string | string[]>): string {
  const parsed = z.uuid().safeParse(params.id);
  if (!parsed.success) throw notFound("room");
  return parsed.data;
}
