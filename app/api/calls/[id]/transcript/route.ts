// GET /api/calls/:id/transcript — the full transcript; POST — append a line (idempotent on clientId)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { transcriptEntrySchema } from "@/lib/practice/schemas";
import { appendTranscript, getTranscript } from "@/lib/practice/calls/transcript";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) =>
    Response.json({ entries: await getTranscript({ db, userId: user.id, callId: callIdOf(params) }) }),
  ),
  POST: withUser(async ({ req, db, user, params }) => {
    const entry = await readJson(req, transcriptEntrySchema);
    const result = await appendTranscript({ db, userId: user.id, callId: callIdOf(params), entry });
    return Response.json(result.entry, { status: result.created ? 201 : 200 });
  }),
});
