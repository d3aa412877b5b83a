// POST /api/messages/:id/flag — report a bad translation; the message is retranslated with another engine
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { flagMessage } from "@/lib/translation/chat/flag-message";
import { flagSchema } from "@/app/api/conversations/schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const messageId = idParam(params, "message");
    const { reason } = await readJson(req, flagSchema);
    return Response.json(await flagMessage({ db, userId: user.id, messageId, reason }));
  }),
});
