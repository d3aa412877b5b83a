// GET /api/health — which provider serves each capability, and whether the database answers
import { methods, requestIdOf } from "@/lib/api/handler";
import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: async (req) => {
    const health = await getHealth();
    return Response.json(health, {
      status: health.status === "ok" ? 200 : 503,
      headers: { "x-request-id": requestIdOf(req), "cache-control": "no-store" },
    });
  },
});
