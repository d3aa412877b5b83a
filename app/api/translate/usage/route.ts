// GET /api/translate/usage — characters I had translated, per engine and month
import { methods, withUser } from "@/lib/api/handler";
import { listUsage } from "@/lib/translation/usage";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => {
    const rows = await listUsage({ db, userId: user.id });
    return Response.json({ usage: rows.map(({ engine, month, characters }) => ({ engine, month, characters })) });
  }),
});
