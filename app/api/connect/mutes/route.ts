// GET /api/connect/mutes — the people the user muted; POST { userId } — mute someone (they are not told)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { blockSchema } from "@/lib/connect/schemas";
import { listMutedUsers, muteUser } from "@/lib/safety/mutes";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ mutes: await listMutedUsers({ db, userId: user.id }) })),
  POST: withUser(async ({ req, db, user }) => {
    const { userId } = await readJson(req, blockSchema);
    return Response.json(await muteUser({ db, userId: user.id, otherUserId: userId }), { status: 201 });
  }),
});
