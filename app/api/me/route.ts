// GET /api/me — the signed-in user; PATCH — change settings; DELETE — delete the account and all data
import { deleteAccount } from "@/lib/account/delete-account";
import { toPublicUser, updateProfile } from "@/lib/account/profile";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { removeExternalIdentity, signedOutCookies } from "@/lib/auth/sign-out";
import { deleteAccountSchema, profileUpdateSchema } from "./schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ user }) => Response.json(toPublicUser(user))),

  PATCH: withUser(async ({ req, db, user }) => {
    const changes = await readJson(req, profileUpdateSchema);
    return Response.json(await updateProfile({ db, userId: user.id, changes }));
  }),

  DELETE: withUser(async ({ req, db, user }) => {
    await readJson(req, deleteAccountSchema);
    const identity = await deleteAccount({ db, userId: user.id });
    await removeExternalIdentity(identity);
    const res = Response.json({ deleted: true });
    for (const cookie of signedOutCookies()) res.headers.append("set-cookie", cookie);
    return res;
  }),
});
