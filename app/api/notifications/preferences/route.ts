// GET /api/notifications/preferences — channels per kind, quiet hours, digest; PUT — change some of them
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/notifications/notification-preferences";
import { preferencesUpdateSchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json(await getNotificationPreferences({ db, userId: user.id }))),
  PUT: withUser(async ({ req, db, user }) => {
    const update = await readJson(req, preferencesUpdateSchema);
    return Response.json(await updateNotificationPreferences({ db, userId: user.id, update }));
  }),
});
