// GET /api/coach/sessions/:id/ics — the session as an iCalendar file to download
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { getSessionIcs } from "@/lib/coach/planning/sessions";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user, params }) => {
    const sessionId = idParam(params, "session");
    const calendar = await getSessionIcs({ db, userId: user.id, sessionId });
    return new Response(calendar, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="cadence-session-${sessionId}.ics"`,
        "cache-control": "private, no-store",
      },
    });
  }),
});
