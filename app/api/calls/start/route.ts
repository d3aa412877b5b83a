// POST /api/calls/start — start a call: ElevenLabs signed URL, or browser mode
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { startCallSchema } from "@/lib/practice/schemas";
import { startCall } from "@/lib/practice/calls/start-call";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const { callId } = await readJson(req, startCallSchema);
    return Response.json(await startCall({ db, userId: user.id, callId }));
  }),
});
