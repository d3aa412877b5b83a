// POST /api/calls/:id/dispute — argue with one category's grade and get it re-graded
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { disputeScore } from "@/lib/practice/disputes/dispute-score";
import { disputeRequestSchema } from "@/lib/practice/disputes/dispute-schemas";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const callId = callIdOf(params);
    const input = await readJson(req, disputeRequestSchema);
    return Response.json(await disputeScore({ db, userId: user.id, callId, input }), { status: 201 });
  }),
});
