// GET /api/connect/matches/:id — one of the user's matches
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { getMatch } from "@/lib/connect/matches";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => Response.json(await getMatch({ db, userId: user.id, matchId: idParam(params, "match") }))),
});
