// GET /api/coach/messages/:id/context — what a coach answer was built from ("Why did you say that?")
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { getAnswerContext } from "@/lib/coach/why/answer-context";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => Response.json(await getAnswerContext({ db, userId: user.id, messageId: idParam(params, "message") }))),
});
