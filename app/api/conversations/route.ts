// GET /api/conversations — my conversations; POST — start a direct or group conversation with contacts
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { createConversation, listConversations } from "@/lib/translation/chat/conversations";
import { conversationCreateSchema } from "./schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ conversations: await listConversations({ db, userId: user.id }) })),
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, conversationCreateSchema);
    return Response.json(await createConversation({ db, userId: user.id, ...input }), { status: 201 });
  }),
});
