// POST /api/wellbeing/entries — start a journal entry (analysed after the response); GET ?q=&tag=&day= — search them
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { createEntry, listEntries } from "@/lib/wellbeing/entries";
import { analyseEntrySafely } from "@/lib/wellbeing/analyse-entry";
import { entryInputSchema, entryQuerySchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { q, tag, day } = entryQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ entries: await listEntries({ db, userId: user.id, q, tag, day }) });
  }),
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, entryInputSchema);
    const entry = await createEntry({ db, userId: user.id, input });
    after(() => analyseEntrySafely({ db, userId: user.id, entryId: entry.id, revision: entry.revision }));
    return Response.json({ id: entry.id, revision: entry.revision, updatedAt: entry.updatedAt.toISOString() }, { status: 201 });
  }),
});
