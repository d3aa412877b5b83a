// POST /api/connect/matches — find someone for a clip (201 the match) or wait for one (200 waiting)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { requestMatch } from "@/lib/connect/matches";
import { matchRequestSchema } from "@/lib/connect/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const { clipId, mode } = await readJson(req, matchRequestSchema);
    const result = await requestMatch({ db, user, clipId, mode });
    return Response.json(result, { status: result.status === "waiting" ? 200 : 201 });
  }),
});
