// GET /api/coach/profile — business profile and coach preferences; PUT — change any of them
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { coachProfileUpdateSchema } from "@/lib/coach/planning/planning-schemas";
import { getCoachProfile, updateCoachProfile } from "@/lib/coach/planning/profile";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json(await getCoachProfile({ db, userId: user.id }))),
  PUT: withUser(async ({ req, db, user }) => {
    const changes = await readJson(req, coachProfileUpdateSchema);
    return Response.json(await updateCoachProfile({ db, userId: user.id, changes }));
  }),
});
