// PATCH /api/wellbeing/meditations/:id — end a session (completed or partial) with the mood after it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { finishMeditation } from "@/lib/wellbeing/meditations";
import { meditationEndSchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: withUser(async ({ req, db, user, params }) => {
    const meditationId = idParam(params, "meditation");
    const end = await readJson(req, meditationEndSchema);
    return Response.json(await finishMeditation({ db, userId: user.id, meditationId, end }));
  }),
});
