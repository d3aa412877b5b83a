// GET /api/wellbeing/settings — coach sharing and reminder times; PUT — change them
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { settingsUpdateSchema } from "@/lib/wellbeing/schemas";
import { getWellbeingSettings, saveWellbeingSettings } from "@/lib/wellbeing/settings";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json(await getWellbeingSettings({ db, userId: user.id }))),
  PUT: withUser(async ({ req, db, user }) => {
    const changes = await readJson(req, settingsUpdateSchema);
    return Response.json(await saveWellbeingSettings({ db, userId: user.id, changes }));
  }),
});
