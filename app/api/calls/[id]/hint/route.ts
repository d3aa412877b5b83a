// POST /api/calls/:id/hint — the built-in coach's next move for a call in progress
import { methods, withUser } from "@/lib/api/handler";
import { requestHint } from "@/lib/practice/hints/call-hints";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => Response.json(await requestHint({ db, userId: user.id, callId: callIdOf(params) }), { status: 201 })),
});
