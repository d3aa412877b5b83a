// GET /api/wellbeing/attachments/:id — the image, to its owner only; DELETE — remove it and its file
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { deleteAttachment, readAttachment } from "@/lib/wellbeing/attachments";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => {
    const { body, contentType } = await readAttachment({ db, userId: user.id, attachmentId: idParam(params, "attachment") });
    return new Response(Buffer.from(body), { headers: { "content-type": contentType, "cache-control": "private, max-age=3600", "x-content-type-options": "nosniff" } });
  }),
  DELETE: withUser(async ({ db, user, params }) => {
    await deleteAttachment({ db, userId: user.id, attachmentId: idParam(params, "attachment") });
    return new Response(null, { status: 204 });
  }),
});
