// POST /api/wellbeing/entries/:id/attachments — add an image (≤ 5 MB, EXIF stripped); GET — list them
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { addAttachment, IMAGE_BODY_TYPES, listAttachments, readImageBody } from "@/lib/wellbeing/attachments";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => Response.json({ attachments: await listAttachments({ db, userId: user.id, entryId: idParam(params, "entry") }) })),
  POST: withUser(
    async ({ req, db, user, params }) => {
      const entryId = idParam(params, "entry");
      const body = await readImageBody(req);
      return Response.json(await addAttachment({ db, userId: user.id, entryId, body }), { status: 201 });
    },
    { bodyTypes: IMAGE_BODY_TYPES },
  ),
});
