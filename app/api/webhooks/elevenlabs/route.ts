// POST /api/webhooks/elevenlabs — post-call transcripts (HMAC-signed), reconciled once into the call
import { methods, withRoute } from "@/lib/api/handler";
import { readBodyText } from "@/lib/api/read-json";
import { getConfig } from "@/lib/config";
import { apiError } from "@/lib/http";
import { handleElevenLabsWebhook } from "@/lib/practice/calls/elevenlabs-webhook";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withRoute(async ({ req, db }) => {
    const secret = getConfig().env.ELEVENLABS_WEBHOOK_SECRET;
    if (!secret) throw apiError("NOT_FOUND", "common.webhooksOff", { values: { vendor: "ElevenLabs" } });
    const outcome = await handleElevenLabsWebhook({
      db,
      secret,
      payload: await readBodyText(req),
      signature: req.headers.get("elevenlabs-signature"),
    });
    return Response.json({ received: true, outcome });
  }, { authenticatedBy: "signature" }),
});
