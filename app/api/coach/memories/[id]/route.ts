// PATCH /api/coach/memories/:id — change what the coach remembers (re-embedded); DELETE — forget it
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { editMemory, forgetMemory } from "@/lib/coach/memories/change-memory";
import { editMemorySchema } from "@/lib/coach/memories/memory-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: withUser(async ({ req, db, user, params }) => {
    const memoryId = idParam(params, "memory");
    const { text } = await readJson(req, editMemorySchema);
    return Response.json(await editMemory({ db, userId: user.id, memoryId, text }));
  }),
  DELETE: withUser(async ({ db, user, params }) => {
    await forgetMemory({ db, userId: user.id, memoryId: idParam(params, "memory") });
    return new Response(null, { status: 204 });
  }),
});
