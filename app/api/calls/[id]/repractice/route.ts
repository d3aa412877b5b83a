// POST /api/calls/:id/repractice — a new call with the same buyer and mode
import { methods, withUser } from "@/lib/api/handler";
import { repracticeCall } from "@/lib/practice/repractice-call";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) =>
    Response.json(await repracticeCall({ db, userId: user.id, callId: callIdOf(params) }), { status: 201 }),
  ),
});
