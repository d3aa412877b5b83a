// GET /api/notifications?page= — a page of the signed-in user's notifications and the unread count
import { methods, withUser } from "@/lib/api/handler";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { listNotificationsSchema } from "./schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { page } = listNotificationsSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await listNotifications({ db, userId: user.id, page }));
  }),
});
