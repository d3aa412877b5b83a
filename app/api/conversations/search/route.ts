// GET /api/conversations/search?q= — search my messages in my language
import { methods, withUser } from "@/lib/api/handler";
import { searchMessages } from "@/lib/translation/chat/search-messages";
import { searchQuerySchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { q } = searchQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ messages: await searchMessages({ db, userId: user.id, q }) });
  }),
});
