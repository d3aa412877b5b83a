// GET /api/connect/history — the user's matches and calls, newest first
import { methods, withUser } from "@/lib/api/handler";
import { listConnectHistory } from "@/lib/connect/history";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ entries: await listConnectHistory({ db, userId: user.id }) })),
});
