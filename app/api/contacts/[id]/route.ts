// PATCH /api/contacts/:id — set a nickname; DELETE — remove the contact (both sides)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { removeContact, renameContact } from "@/lib/translation/contacts/contacts";
import { contactUpdateSchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: withUser(async ({ req, db, user, params }) => {
    const contactRowId = idParam(params, "contact");
    const { nickname } = await readJson(req, contactUpdateSchema);
    return Response.json(await renameContact({ db, userId: user.id, contactRowId, nickname: nickname || null }));
  }),
  DELETE: withUser(async ({ db, user, params }) => {
    await removeContact({ db, userId: user.id, contactRowId: idParam(params, "contact") });
    return new Response(null, { status: 204 });
  }),
});
