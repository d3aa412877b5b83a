// POST /api/calls/:id/end — end the call: quick score now, deep score after the response
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { endCall } from "@/lib/practice/calls/end-call";
import { scoreCallDeep } from "@/lib/practice/rubric/score-call";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => {
    const callId = callIdOf(params);
    const result = await endCall({ db, userId: user.id, callId });
    after(() => scoreCallDeep({ db, userId: user.id, callId }));
    return Response.json(result);
  }),
});
