// POST /api/rooms/:id/end — hang up (or report that the peers could not connect)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { endRoom } from "@/lib/media/end-room";
import { endRoomSchema } from "@/lib/media/signal-schemas";
import { roomIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const roomId = roomIdOf(params);
    const { reason } = await readJson(req, endRoomSchema);
    return Response.json(await endRoom({ db, userId: user.id, roomId, reason }));
  }),
});
