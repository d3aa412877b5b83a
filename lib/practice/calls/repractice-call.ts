import "server-only";
import type { Db } from "../../db/types";
import { apiError } from "../../http";
import { getOwnCall } from "./call-access";
import { createCall } from "./create-call";
import type { CallMode } from "../types";

/** "Practise with this buyer again": a new pending call with the ended call's persona and mode
 * (for an imported call, the persona composed from its buyer). */
export async function repracticeCall({ db, userId, callId }: { db: Db; userId: string; callId: string }) {
  const call = await getOwnCall({ db, userId, callId });
  if (call.status !== "completed") throw apiError("CONFLICT", "practice.finishFirst");
  return createCall({ db, userId, mode: call.mode as CallMode, personaId: call.personaId });
}
