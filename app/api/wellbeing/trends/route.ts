// GET /api/wellbeing/trends?range=week|month|year — mood per day, emotions, tag and pillar correlations
import { methods, withUser } from "@/lib/api/handler";
import { trendsQuerySchema } from "@/lib/wellbeing/schemas";
import { getTrends } from "@/lib/wellbeing/trends";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { range } = trendsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await getTrends({ db, userId: user.id, range }));
  }),
});
