// POST /api/notifications/read — mark some ({ ids }) or all ({ all: true }) notifications read
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { markRead } from "@/lib/notifications/mark-read";
import { markReadSchema } from "../schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const { ids, all } = await readJson(req, markReadSchema);
    return Response.json(await markRead({ db, userId: user.id, ids, all }));
  }),
});
