// POST /api/coach/sessions/:id/complete — rate the session; returns its outcome and action items
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { sessionCompleteSchema } from "@/lib/coach/planning/planning-schemas";
import { completeSession } from "@/lib/coach/planning/session-outcome";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const sessionId = idParam(params, "session");
    const { rating } = await readJson(req, sessionCompleteSchema);
    return Response.json(await completeSession({ db, userId: user.id, sessionId, rating }));
  }),
});
