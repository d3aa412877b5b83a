// GET /api/coach/memories?q=&page= — what the coach remembers, newest first, searchable
import { methods, withUser } from "@/lib/api/handler";
import { listMemories } from "@/lib/coach/memories/list-memories";
import { listMemoriesSchema } from "@/lib/coach/memories/memory-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const query = listMemoriesSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await listMemories({ db, userId: user.id, query }));
  }),
});
