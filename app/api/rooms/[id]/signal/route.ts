// POST /api/rooms/:id/signal — relay an offer, answer or ICE candidate to the other participant on room:{id}
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { sendSignal } from "@/lib/media/send-signal";
import { signalSchema } from "@/lib/media/signal-schemas";
import { roomIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const roomId = roomIdOf(params);
    const signal = await readJson(req, signalSchema);
    return Response.json(await sendSignal({ db, userId: user.id, roomId, signal }), { status: 202 });
  }),
});
