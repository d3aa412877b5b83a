// GET /api/moderation/reports — the open report queue (moderators and admins only)
import { methods, withUser } from "@/lib/api/handler";
import { listReportQueue } from "@/lib/safety/moderation";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ reports: await listReportQueue({ db, moderator: user }) })),
});
