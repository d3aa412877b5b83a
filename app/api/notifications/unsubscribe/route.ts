// POST /api/notifications/unsubscribe?token= — one-click unsubscribe from one kind of email (RFC 8058)
// Mail clients post `List-Unsubscribe=One-Click` as a form from no origin of ours: the signed token,
// not a session or the same-origin rule, is what authorises this request.
import { z } from "zod";
import { methods, withRoute } from "@/lib/api/handler";
import { unsubscribeByToken } from "@/lib/notifications/email/unsubscribe";

const query = z.object({ token: z.string().min(1).max(300) });

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withRoute(async ({ req, db }) => {
    const { token } = query.parse(Object.fromEntries(new URL(req.url).searchParams));
    const { kind } = await unsubscribeByToken({ db, token });
    if (req.headers.get("accept")?.includes("text/html")) {
      const location = new URL(`/unsubscribe?done=${encodeURIComponent(kind)}`, req.url).href;
      return new Response(null, { status: 303, headers: { location } });
    }
    return Response.json({ unsubscribed: true, kind });
  }, { authenticatedBy: "signature" }),
});
