// GET /api/coach/summaries?kind=daily|weekly&before=&limit= — the user's own summaries, newest first
import { methods, withUser } from "@/lib/api/handler";
import { listSummaries, listSummariesSchema } from "@/lib/coach/summaries/summaries-query";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const query = listSummariesSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await listSummaries({ db, userId: user.id, query }));
  }),
});
