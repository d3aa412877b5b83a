// POST /api/conversations/:id/read — a read receipt for everything up to now
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { markConversationRead } from "@/lib/translation/chat/presence";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) =>
    Response.json(await markConversationRead({ db, userId: user.id, conversationId: idParam(params, "conversation") })),
  ),
});
