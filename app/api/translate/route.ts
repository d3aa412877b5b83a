// POST /api/translate — translate a text with the first engine that serves the pair
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { translate } from "@/lib/translation/translate";
import { translateSchema } from "./schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const input = await readJson(req, translateSchema);
    await limitCostlyRequest({ db, userId: user.id, action: "translate" });
    return Response.json(await translate({ db, userId: user.id, ...input }));
  }),
});
