// /api/auth/* — local email + password auth (better-auth), in the app's error shape
import { methods, withRoute } from "@/lib/api/handler";
import { handleLocalAuth } from "@/lib/auth/local-route";
import { getConfig } from "@/lib/config";
import { apiError } from "@/lib/http";

const handler = withRoute(async ({ db, req, requestId }) => {
  if (getConfig().providers.auth !== "local") throw apiError("NOT_FOUND", "auth.localOff");
  return handleLocalAuth({ db, req, requestId });
});

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: handler, POST: handler });
