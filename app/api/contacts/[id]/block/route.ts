// POST /api/contacts/:id/block — block a contact (also in Connect) and remove them
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { blockContact } from "@/lib/translation/contacts/contacts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) =>
    Response.json(await blockContact({ db, userId: user.id, contactRowId: idParam(params, "contact") })),
  ),
});
