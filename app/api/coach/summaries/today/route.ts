// POST /api/coach/summaries/today — summarise my day so far now (rate-limited), as the nightly job would
import { methods, withUser } from "@/lib/api/handler";
import { summariseToday } from "@/lib/coach/summaries/summarise-today";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user }) => Response.json(await summariseToday({ db, userId: user.id }))),
});
