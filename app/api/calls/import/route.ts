// POST /api/calls/import — score a real call's transcript (VTT, SRT or labelled text) like a practice call
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { importCall } from "@/lib/practice/import/import-call";
import { importCallSchema, MAX_IMPORT_BODY_BYTES } from "@/lib/practice/import/import-schemas";
import { scoreCallDeep } from "@/lib/practice/score-call";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, importCallSchema, { maxBytes: MAX_IMPORT_BODY_BYTES });
    const result = await importCall({ db, userId: user.id, input });
    if (!result.tooShort) after(() => scoreCallDeep({ db, userId: user.id, callId: result.call.id }));
    return Response.json(result, { status: 201 });
  }),
});
