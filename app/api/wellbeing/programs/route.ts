// GET /api/wellbeing/programs — the meditation programmes shipped with the app
import { methods, withUser } from "@/lib/api/handler";
import { listPrograms } from "@/lib/wellbeing/meditations";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async () => Response.json({ programs: listPrograms() })),
});
