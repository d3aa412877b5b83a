// GET /api/conversations/:id — a conversation with its members; PATCH — my language in it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { getConversation, setConversationLanguage } from "@/lib/translation/chat/conversations";
import { conversationUpdateSchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) =>
    Response.json(await getConversation({ db, userId: user.id, conversationId: idParam(params, "conversation") })),
  ),
  PATCH: withUser(async ({ req, db, user, params }) => {
    const conversationId = idParam(params, "conversation");
    const { language } = await readJson(req, conversationUpdateSchema);
    return Response.json(await setConversationLanguage({ db, userId: user.id, conversationId, language }));
  }),
});
