// DELETE /api/connect/blocks/:userId — lift the user's block of someone
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { unblockUser } from "@/lib/safety/blocks";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: withUser(async ({ db, user, params }) => Response.json(await unblockUser({ db, userId: user.id, otherUserId: idParam(params, "block") }))),
});
