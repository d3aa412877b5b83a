// GET /api/practice/stats — totals, streaks, calls by mode and the score trend
import { methods, withUser } from "@/lib/api/handler";
import { getPracticeStats } from "@/lib/practice/calls/call-queries";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json(await getPracticeStats({ db, userId: user.id }))),
});
