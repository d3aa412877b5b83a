// GET /api/coach/sessions — upcoming and past sessions; POST — schedule one (with calendar links)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { sessionCreateSchema } from "@/lib/coach/planning/planning-schemas";
import { createSession, listSessions } from "@/lib/coach/planning/sessions";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json(await listSessions({ db, userId: user.id }))),
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, sessionCreateSchema);
    return Response.json(await createSession({ db, userId: user.id, input }), { status: 201 });
  }),
});
