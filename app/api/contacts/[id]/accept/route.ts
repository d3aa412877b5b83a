// POST /api/contacts/:id/accept — accept an incoming contact request
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { acceptContact } from "@/lib/translation/contacts/contacts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) =>
    Response.json(await acceptContact({ db, userId: user.id, contactRowId: idParam(params, "contact") })),
  ),
});
