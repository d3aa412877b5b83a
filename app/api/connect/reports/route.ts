// POST /api/connect/reports — report someone (reason from the list, optional note); they are never matched again
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { reportSchema } from "@/lib/connect/schemas";
import { reportUser, toReportView } from "@/lib/safety/reports";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, reportSchema);
    return Response.json(toReportView(await reportUser({ db, reporterId: user.id, input })), { status: 201 });
  }),
});
