// GET /api/calls/:id — the call with its persona, transcript and score
import { methods, withUser } from "@/lib/api/handler";
import { getCallDetail } from "@/lib/practice/call-queries";
import { callIdOf } from "./params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) =>
    Response.json(await getCallDetail({ db, userId: user.id, callId: callIdOf(params) })),
  ),
});
