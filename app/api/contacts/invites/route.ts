// POST /api/contacts/invites — create an invite link / code (expiring, single or multi use)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { createInvite } from "@/lib/translation/contacts/invites";
import { inviteSchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const options = await readJson(req, inviteSchema);
    return Response.json(await createInvite({ db, userId: user.id, ...options }), { status: 201 });
  }),
});
