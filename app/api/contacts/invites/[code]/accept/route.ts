// POST /api/contacts/invites/:code/accept — become contacts with the inviter (410 when used or expired)
import { methods, withUser } from "@/lib/api/handler";
import { notFound } from "@/lib/http";
import { acceptInvite } from "@/lib/translation/contacts/invites";
import { inviteCodeSchema } from "../../../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => {
    const code = inviteCodeSchema.safeParse(params.code);
    if (!code.success) throw notFound("invite");
    return Response.json(await acceptInvite({ db, userId: user.id, code: code.data }));
  }),
});
