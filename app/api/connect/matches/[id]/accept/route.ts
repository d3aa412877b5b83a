// POST /api/connect/matches/:id/accept — say yes; accepted (with a room) once both have
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { acceptMatch } from "@/lib/connect/respond-match";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => Response.json(await acceptMatch({ db, user, matchId: idParam(params, "match") }))),
});
