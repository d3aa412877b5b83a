// GET /api/connect/profile — the user's Connect profile (null before setup); PUT — create or replace it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { getConnectProfile, saveConnectProfile } from "@/lib/connect/profile";
import { connectProfileSchema } from "@/lib/connect/profile-schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ profile: await getConnectProfile({ db, userId: user.id }), emailVerified: user.emailVerified })),
  PUT: withUser(async ({ req, db, user }) => {
    const values = await readJson(req, connectProfileSchema);
    return Response.json({ profile: await saveConnectProfile({ db, userId: user.id, values }) });
  }),
});
