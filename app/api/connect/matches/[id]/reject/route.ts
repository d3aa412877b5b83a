// POST /api/connect/matches/:id/reject — say no; the match closes for both
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { rejectMatch } from "@/lib/connect/respond-match";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => Response.json(await rejectMatch({ db, user, matchId: idParam(params, "match") }))),
});
