// GET /api/coach/conversations/:id — one conversation with its messages and suggested action items
import { z } from "zod";
import { methods, withUser } from "@/lib/api/handler";
import { getConversationDetail } from "@/lib/coach/chat/conversations";
import { notFound } from "@/lib/http";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => {
    const id = z.uuid().safeParse(params.id);
    if (!id.success) throw notFound("conversation");
    return Response.json(await getConversationDetail({ db, userId: user.id, conversationId: id.data }));
  }),
});
