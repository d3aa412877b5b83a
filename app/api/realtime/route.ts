// GET /api/realtime?channel=… — server-sent events for the channels the user may follow
import { methods, withUser } from "@/lib/api/handler";
import { getDatabase } from "@/lib/db/client";
import { subscribeUser } from "@/lib/realtime/subscribe";
import { readRealtimeQuery } from "./schema";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, user }) => {
    const { channels, lastEventId } = readRealtimeQuery(req);
    const stream = await subscribeUser({ database: await getDatabase(), user, channels, lastEventId, signal: req.signal });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  }),
});
