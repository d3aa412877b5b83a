// POST /api/conversations/:id/typing — tell the other members I am typing
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { sendTyping } from "@/lib/translation/chat/presence";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => {
    await sendTyping({ db, userId: user.id, conversationId: idParam(params, "conversation") });
    return new Response(null, { status: 204 });
  }),
});
