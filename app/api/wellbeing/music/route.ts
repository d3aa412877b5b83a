// GET /api/wellbeing/music?mood= — the catalogue, or suggestions that match or lift a mood, with saved ids
import { methods, withUser } from "@/lib/api/handler";
import { TRACKS } from "@/lib/wellbeing/music-catalogue";
import { suggestTracks } from "@/lib/wellbeing/music-suggest";
import { listSavedTrackIds } from "@/lib/wellbeing/saved-tracks";
import { musicQuerySchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { mood } = musicQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const saved = await listSavedTrackIds({ db, userId: user.id });
    return Response.json({ tracks: TRACKS, suggestions: mood ? suggestTracks(mood) : null, saved });
  }),
});
