// POST /api/rooms/:id/heartbeat — the participant is still in the call; answers the room as it stands
import { z } from "zod";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { heartbeatRoom } from "@/lib/media/heartbeat";
import { roomIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const roomId = roomIdOf(params);
    const { joining } = await readJson(req, z.object({ joining: z.boolean().optional() }).strict());
    return Response.json(await heartbeatRoom({ db, userId: user.id, roomId, joining }));
  }),
});
