// GET /api/calls/:id/score — 202 while scoring, the score when ready, or the failure; POST — retry
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { getCallScore, requestRescore, scoreCallDeep } from "@/lib/practice/rubric/score-call";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => {
    const score = await getCallScore({ db, userId: user.id, callId: callIdOf(params) });
    return Response.json(score, { status: score.status === "pending" ? 202 : 200 });
  }),
  POST: withUser(async ({ db, user, params }) => {
    const callId = callIdOf(params);
    await limitCostlyRequest({ db, userId: user.id, action: "score.retry" });
    const pending = await requestRescore({ db, userId: user.id, callId });
    after(() => scoreCallDeep({ db, userId: user.id, callId }));
    return Response.json(pending, { status: 202 });
  }),
});
