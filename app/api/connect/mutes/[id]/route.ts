// DELETE /api/connect/mutes/:userId — unmute someone
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { unmuteUser } from "@/lib/safety/mutes";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: withUser(async ({ db, user, params }) => Response.json(await unmuteUser({ db, userId: user.id, otherUserId: idParam(params, "mute") }))),
});
