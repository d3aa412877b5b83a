// PATCH /api/coach/goals/:id — edit a goal or move its status; DELETE — remove it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { deleteGoal, updateGoal } from "@/lib/coach/planning/goals";
import { idParam } from "@/lib/coach/id-param";
import { goalUpdateSchema } from "@/lib/coach/planning/planning-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: withUser(async ({ req, db, user, params }) => {
    const goalId = idParam(params, "goal");
    const changes = await readJson(req, goalUpdateSchema);
    return Response.json(await updateGoal({ db, userId: user.id, goalId, changes }));
  }),
  DELETE: withUser(async ({ db, user, params }) => {
    await deleteGoal({ db, userId: user.id, goalId: idParam(params, "goal") });
    return new Response(null, { status: 204 });
  }),
});
