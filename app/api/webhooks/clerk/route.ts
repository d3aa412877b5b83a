// POST /api/webhooks/clerk — Clerk user events (svix-signed), applied once per delivery
import { methods, withRoute } from "@/lib/api/handler";
import { readBodyText } from "@/lib/api/read-json";
import { handleClerkWebhook } from "@/lib/auth/clerk-webhook";
import { getConfig } from "@/lib/config";
import { apiError } from "@/lib/http";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withRoute(async ({ req, db }) => {
    const secret = getConfig().env.CLERK_WEBHOOK_SIGNING_SECRET;
    if (!secret) throw apiError("NOT_FOUND", "common.webhooksOff", { values: { vendor: "Clerk" } });
    const outcome = await handleClerkWebhook({ db, secret, payload: await readBodyText(req), headers: req.headers });
    return Response.json({ received: true, outcome });
  }, { authenticatedBy: "signature" }),
});
