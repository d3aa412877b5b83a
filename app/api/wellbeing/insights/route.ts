// GET /api/wellbeing/insights — meditation totals, streaks, badges and mood change per programme
import { methods, withUser } from "@/lib/api/handler";
import { getInsights } from "@/lib/wellbeing/meditations";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json(await getInsights({ db, userId: user.id }))),
});
