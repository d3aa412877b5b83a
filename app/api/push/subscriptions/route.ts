// POST /api/push/subscriptions — save this device's push subscription; DELETE — remove it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { deletePushSubscription, savePushSubscription } from "@/lib/notifications/push/subscriptions";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const subscription = await readJson(req, pushSubscriptionSchema);
    const saved = await savePushSubscription({ db, userId: user.id, subscription: { ...subscription, userAgent: req.headers.get("user-agent") } });
    return Response.json(saved, { status: 201 });
  }),
  DELETE: withUser(async ({ req, db, user }) => {
    const { endpoint } = await readJson(req, pushUnsubscribeSchema);
    return Response.json(await deletePushSubscription({ db, userId: user.id, endpoint }));
  }),
});
