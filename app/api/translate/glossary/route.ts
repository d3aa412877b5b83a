// GET /api/translate/glossary — my protected terms; POST — add one; DELETE ?term= — remove one
import { z } from "zod";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { addGlossaryTerm, listGlossary, removeGlossaryTerm } from "@/lib/translation/glossary";

const termSchema = z.object({ term: z.string().trim().min(1).max(100) });

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ terms: await listGlossary({ db, userId: user.id }) })),
  POST: withUser(async ({ req, db, user }) => {
    const { term } = await readJson(req, termSchema);
    return Response.json({ terms: await addGlossaryTerm({ db, userId: user.id, term }) }, { status: 201 });
  }),
  DELETE: withUser(async ({ req, db, user }) => {
    const { term } = termSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ terms: await removeGlossaryTerm({ db, userId: user.id, term }) });
  }),
});
