// POST /api/coach/messages/:id/rating — thumbs up or down, with an optional note, on a coach answer
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { idParam } from "@/lib/coach/id-param";
import { rateCoachMessage } from "@/lib/coach/ratings/rate-coach-message";
import { messageRatingSchema } from "@/lib/coach/ratings/rating-schema";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user, params }) => {
    const messageId = idParam(params, "message");
    const input = await readJson(req, messageRatingSchema);
    const { rating, created } = await rateCoachMessage({ db, userId: user.id, messageId, input });
    return Response.json(rating, { status: created ? 201 : 200 });
  }),
});
