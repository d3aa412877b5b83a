// GET /api/push/vapid-public-key — the application server key browsers subscribe with
import { methods, withRoute } from "@/lib/api/handler";
import { getVapidDetails } from "@/lib/notifications/push/vapid";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withRoute(async () => Response.json({ publicKey: getVapidDetails().publicKey })),
});
