// GET /api/connect/blocks — the people the user blocked; POST { userId } — block someone
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { blockSchema } from "@/lib/connect/schemas";
import { blockUser, listBlockedUsers } from "@/lib/safety/blocks";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ blocks: await listBlockedUsers({ db, userId: user.id }) })),
  POST: withUser(async ({ req, db, user }) => {
    const { userId } = await readJson(req, blockSchema);
    return Response.json(await blockUser({ db, userId: user.id, otherUserId: userId }), { status: 201 });
  }),
});
