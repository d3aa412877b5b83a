// GET /api/coach/conversations — the user's coach conversations, newest first, paged
import { methods, withUser } from "@/lib/api/handler";
import { listConversationsSchema } from "@/lib/coach/chat/chat-schemas";
import { listConversations } from "@/lib/coach/chat/conversations";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const query = listConversationsSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await listConversations({ db, userId: user.id, query }));
  }),
});
