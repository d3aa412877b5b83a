// GET /api/coach/action-items?status= — the user's action items; POST — add one by hand
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { createActionItem, listActionItems } from "@/lib/coach/planning/action-item-crud";
import { actionItemCreateSchema, actionItemListSchema } from "@/lib/coach/planning/planning-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { status } = actionItemListSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ actionItems: await listActionItems({ db, userId: user.id, status }) });
  }),
  POST: withUser(async ({ req, db, user }) => {
    const item = await readJson(req, actionItemCreateSchema);
    return Response.json(await createActionItem({ db, userId: user.id, item }), { status: 201 });
  }),
});
