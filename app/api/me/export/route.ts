// GET /api/me/export — everything Cadence stores about me, as a JSON download
import { exportUserData } from "@/lib/account/export-user-data";
import { methods, withUser } from "@/lib/api/handler";
import { clientIp, consumeForUser } from "@/lib/rate-limit";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    await consumeForUser({ db, user, ip: clientIp(req.headers), policy: "account.export" });
    const data = await exportUserData({ db, userId: user.id });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="cadence-export-${day}.json"`,
        "cache-control": "no-store",
      },
    });
  }),
});
