// GET /api/calls/:id — the call with its persona, transcript and score; PATCH — rename it or change its notes
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { getCallDetail } from "@/lib/practice/calls/call-queries";
import { updateCallSchema } from "@/lib/practice/schemas";
import { updateCall } from "@/lib/practice/calls/update-call";
import { callIdOf } from "./params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) =>
    Response.json(await getCallDetail({ db, userId: user.id, callId: callIdOf(params) })),
  ),
  PATCH: withUser(async ({ req, db, user, params }) => {
    const callId = callIdOf(params);
    const changes = await readJson(req, updateCallSchema);
    return Response.json(await updateCall({ db, userId: user.id, callId, changes }));
  }),
});
