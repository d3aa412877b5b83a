// GET /api/coach/sessions/:id — one session with its links; PATCH — reschedule, edit or cancel it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { sessionUpdateSchema } from "@/lib/coach/planning/planning-schemas";
import { getSession, updateSession } from "@/lib/coach/planning/sessions";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) =>
    Response.json(await getSession({ db, userId: user.id, sessionId: idParam(params, "session") })),
  ),
  PATCH: withUser(async ({ req, db, user, params }) => {
    const sessionId = idParam(params, "session");
    const changes = await readJson(req, sessionUpdateSchema);
    return Response.json(await updateSession({ db, userId: user.id, sessionId, changes }));
  }),
});
