// GET /api/calls/compare?a=&b= — two attempts with the same buyer, category by category
import { methods, withUser } from "@/lib/api/handler";
import { compareAttempts } from "@/lib/practice/progress/compare-attempts";
import { compareQuerySchema } from "@/lib/practice/progress/compare-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { a, b } = compareQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await compareAttempts({ db, userId: user.id, callIds: [a, b] }));
  }),
});
