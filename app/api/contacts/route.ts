// GET /api/contacts — my contacts and pending requests; POST — ask someone by email
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { listContacts, requestContact } from "@/lib/translation/contacts/contacts";
import { contactRequestSchema } from "./schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ db, user }) => Response.json({ contacts: await listContacts({ db, userId: user.id }) })),
  POST: withUser(async ({ req, db, user }) => {
    const { email } = await readJson(req, contactRequestSchema);
    return Response.json(await requestContact({ db, userId: user.id, email }), { status: 201 });
  }),
});
