// GET /api/coach/goals — the user's goals; POST — add one
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { createGoal, listGoals } from "@/lib/coach/planning/goals";
import { goalInputSchema } from "@/lib/coach/planning/planning-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ goals: await listGoals({ db, userId: user.id }) })),
  POST: withUser(async ({ req, db, user }) => {
    const goal = await readJson(req, goalInputSchema);
    return Response.json(await createGoal({ db, userId: user.id, goal }), { status: 201 });
  }),
});
