// GET /api/rooms/:id — the room for one of its two participants (lifecycle, the other person, ICE servers)
import { methods, withUser } from "@/lib/api/handler";
import { getRoomForUser } from "@/lib/media/get-room";
import { roomIdOf } from "./params";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => Response.json(await getRoomForUser({ db, userId: user.id, roomId: roomIdOf(params) }))),
});
