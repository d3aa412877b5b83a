// POST /api/wellbeing/meditations — start a session with the mood before it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { startMeditation } from "@/lib/wellbeing/meditations";
import { meditationStartSchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const { programId, moodBefore } = await readJson(req, meditationStartSchema);
    return Response.json(await startMeditation({ db, userId: user.id, programId, moodBefore }), { status: 201 });
  }),
});
