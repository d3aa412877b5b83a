// POST /api/moderation/reports/:id — resolve a report: dismiss, warn, suspend (days) or ban
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { resolveReportSchema } from "@/lib/connect/schemas";
import { resolveReport } from "@/lib/safety/moderation";
import { toReportView } from "@/lib/safety/reports";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const reportId = idParam(params, "report");
    const body = await readJson(req, resolveReportSchema);
    return Response.json(toReportView(await resolveReport({ db, moderator: user, reportId, ...body })));
  }),
});
