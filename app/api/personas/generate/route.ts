// POST /api/personas/generate — generate a persona (LLM task "persona" or the offline composer)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { generatePersona } from "@/lib/practice/persona/personas";
import { generatePersonaSchema } from "@/lib/practice/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, generatePersonaSchema);
    await limitCostlyRequest({ db, userId: user.id, action: "persona.generate" });
    return Response.json(await generatePersona({ db, userId: user.id, input }), { status: 201 });
  }),
});
