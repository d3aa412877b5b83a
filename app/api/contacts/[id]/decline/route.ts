// POST /api/contacts/:id/decline — decline an incoming contact request
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { removeContact } from "@/lib/translation/contacts/contacts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => {
    await removeContact({ db, userId: user.id, contactRowId: idParam(params, "contact") });
    return new Response(null, { status: 204 });
  }),
});
