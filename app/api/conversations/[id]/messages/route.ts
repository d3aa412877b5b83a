// GET /api/conversations/:id/messages?before= — a page of history in my language; POST — send a message
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { listMessages } from "@/lib/translation/chat/list-messages";
import { sendMessage } from "@/lib/translation/chat/send-message";
import { historyQuerySchema, messageCreateSchema } from "../../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user, params }) => {
    const conversationId = idParam(params, "conversation");
    const query = historyQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await listMessages({ db, userId: user.id, conversationId, ...query }));
  }),
  POST: withUser(async ({ req, db, user, params }) => {
    const conversationId = idParam(params, "conversation");
    const input = await readJson(req, messageCreateSchema);
    await limitCostlyRequest({ db, userId: user.id, action: "chat.message" });
    const { message, duplicate } = await sendMessage({ db, userId: user.id, conversationId, ...input });
    return Response.json({ message }, { status: duplicate ? 200 : 201 });
  }),
});
