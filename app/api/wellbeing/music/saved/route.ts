// POST /api/wellbeing/music/saved — save a track; DELETE — unsave it
import { z } from "zod";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { listSavedTrackIds, saveTrack, unsaveTrack } from "@/lib/wellbeing/saved-tracks";

const bodySchema = z.strictObject({ trackId: z.string().min(1).max(80) });

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const { trackId } = await readJson(req, bodySchema);
    await saveTrack({ db, userId: user.id, trackId });
    return Response.json({ saved: await listSavedTrackIds({ db, userId: user.id }) });
  }),
  DELETE: withUser(async ({ req, db, user }) => {
    const { trackId } = await readJson(req, bodySchema);
    await unsaveTrack({ db, userId: user.id, trackId });
    return Response.json({ saved: await listSavedTrackIds({ db, userId: user.id }) });
  }),
});
