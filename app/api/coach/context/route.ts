// GET /api/coach/context?message=&sessionType= — what the coach would know for this message
import { methods, withUser } from "@/lib/api/handler";
import { contextQuerySchema } from "@/lib/coach/chat/chat-schemas";
import { assembleCoachContext } from "@/lib/coach/chat/context";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { message, sessionType } = contextQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await assembleCoachContext({ db, userId: user.id, message, sessionType }));
  }),
});
