// GET /api/wellbeing/care?country= — crisis resources for the user's country, with the fallback table
import { methods, withUser } from "@/lib/api/handler";
import { crisisResourcesFor } from "@/lib/care/resources-by-country";
import { careQuerySchema } from "@/lib/wellbeing/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req }) => {
    const { country } = careQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ resources: crisisResourcesFor(country) });
  }),
});
