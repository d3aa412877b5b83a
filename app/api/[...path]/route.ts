// /api/* with no route — 404 in the JSON error shape
import { requestIdOf, withApiSecurityHeaders } from "@/lib/api/handler";
import { apiError } from "@/lib/http";
import { errorLocale } from "@/lib/i18n/error-locale";

const unknownRoute = withApiSecurityHeaders(async (req) =>
  apiError("NOT_FOUND", "common.noApiRoute", { values: { path: new URL(req.url).pathname } }).toResponse(requestIdOf(req), errorLocale(req.headers)),
);

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
