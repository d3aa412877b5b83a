// PUT /api/connect/clips/:id/emotions — "that's not how I feel": replace the clip's eight intensities
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { adjustClipEmotions } from "@/lib/connect/process-clip";
import { adjustEmotionsSchema } from "@/lib/connect/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: withUser(async ({ req, db, user, params }) => {
    const clipId = idParam(params, "clip");
    const { emotions } = await readJson(req, adjustEmotionsSchema);
    return Response.json(await adjustClipEmotions({ db, user, clipId, emotions }));
  }),
});
