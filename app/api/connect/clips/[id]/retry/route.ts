// POST /api/connect/clips/:id/retry — process a failed clip again, optionally with typed text
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { processClip, retryClip } from "@/lib/connect/process-clip";
import { retryClipSchema } from "@/lib/connect/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const clipId = idParam(params, "clip");
    const { transcript } = await readJson(req, retryClipSchema);
    const clip = await retryClip({ db, user, clipId, transcript });
    after(() => processClip({ db, clipId }));
    return Response.json(clip);
  }),
});
