// POST /api/wellbeing/checkins — record a mood check-in; GET ?from=&to= — check-ins by local day
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { createCheckin, listCheckins } from "@/lib/wellbeing/checkins";
import { careQuerySchema, checkinInputSchema, rangeQuerySchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { from, to } = rangeQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ checkins: await listCheckins({ db, userId: user.id, from, to }) });
  }),
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, checkinInputSchema);
    const { country } = careQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await createCheckin({ db, userId: user.id, input, country }), { status: 201 });
  }),
});
