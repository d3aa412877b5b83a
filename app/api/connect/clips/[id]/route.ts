// GET /api/connect/clips/:id — one of the user's clips: status, transcript, emotions, top three
import { methods, withUser } from "@/lib/api/handler";
import { getClip } from "@/lib/connect/clips";
import { idParam } from "@/lib/coach/id-param";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => Response.json(await getClip({ db, userId: user.id, clipId: idParam(params, "clip") }))),
});
