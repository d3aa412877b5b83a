// PATCH /api/coach/action-items/:id — edit, confirm, dismiss, finish or reopen; DELETE — remove it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { deleteActionItem, updateActionItem } from "@/lib/coach/planning/action-item-crud";
import { idParam } from "@/lib/coach/id-param";
import { actionItemUpdateSchema } from "@/lib/coach/planning/planning-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: withUser(async ({ req, db, user, params }) => {
    const itemId = idParam(params, "actionItem");
    const changes = await readJson(req, actionItemUpdateSchema);
    return Response.json(await updateActionItem({ db, userId: user.id, itemId, changes }));
  }),
  DELETE: withUser(async ({ db, user, params }) => {
    await deleteActionItem({ db, userId: user.id, itemId: idParam(params, "actionItem") });
    return new Response(null, { status: 204 });
  }),
});
