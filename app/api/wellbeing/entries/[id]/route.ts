// GET /api/wellbeing/entries/:id — an entry with its analysis and care; PATCH — autosave; DELETE — remove it with its images
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { analyseEntrySafely } from "@/lib/wellbeing/analyse-entry";
import { getOwnEntry, toPublicEntry, updateEntry } from "@/lib/wellbeing/entries";
import { removeEntry } from "@/lib/wellbeing/remove-entry";
import { careQuerySchema, entryUpdateSchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user, params }) => {
    const { country } = careQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(toPublicEntry(await getOwnEntry({ db, userId: user.id, entryId: idParam(params, "entry") }), country));
  }),
  PATCH: withUser(async ({ req, db, user, params }) => {
    const entryId = idParam(params, "entry");
    const changes = await readJson(req, entryUpdateSchema);
    const { row, textChanged } = await updateEntry({ db, userId: user.id, entryId, changes });
    if (textChanged) after(() => analyseEntrySafely({ db, userId: user.id, entryId, revision: row.revision }));
    return Response.json({ id: row.id, revision: row.revision, updatedAt: row.updatedAt.toISOString() });
  }),
  DELETE: withUser(async ({ db, user, params }) => {
    await removeEntry({ db, userId: user.id, entryId: idParam(params, "entry") });
    return new Response(null, { status: 204 });
  }),
});
