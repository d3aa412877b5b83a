// GET /api/calls — call history (filters, pages); POST — create a pending call
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { listCalls } from "@/lib/practice/calls/call-queries";
import { createCall } from "@/lib/practice/calls/create-call";
import { createCallSchema, listCallsSchema } from "@/lib/practice/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const query = listCallsSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await listCalls({ db, userId: user.id, query }));
  }),
  POST: withUser(async ({ req, db, user }) => {
    const { mode, personaId } = await readJson(req, createCallSchema);
    return Response.json(await createCall({ db, userId: user.id, mode, personaId }), { status: 201 });
  }),
});
