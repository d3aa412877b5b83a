// /api/* with no route — 404 in the JSON error shape
import { requestIdOf, withApiSecurityHeaders } from "@/lib/api/handler";
import { AppError } from "@/lib/http";

const unknownRoute = withApiSecurityHeaders(async (req) =>
  new AppError("NOT_FOUND", `No API route at ${new URL(req.url).pathname}.`).toResponse(requestIdOf(req)),
);

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
