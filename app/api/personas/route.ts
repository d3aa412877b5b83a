// GET /api/personas — preset personas and the user's own
import { methods, withUser } from "@/lib/api/handler";
import { listPersonas } from "@/lib/practice/persona/personas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ personas: await listPersonas({ db, userId: user.id }) })),
});
