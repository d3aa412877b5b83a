// GET /api/rooms/:id/signals/:signalId — a signalling message too large for a realtime event
import { z } from "zod";
import { methods, withUser } from "@/lib/api/handler";
import { notFound } from "@/lib/http";
import { getStoredSignal } from "@/lib/media/send-signal";
import { roomIdOf } from "../../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => {
    const signalId = z.coerce.number().int().positive().safeParse(params.signalId);
    if (!signalId.success) throw notFound("signal");
    return Response.json(await getStoredSignal({ db, userId: user.id, roomId: roomIdOf(params), signalId: signalId.data }));
  }),
});
