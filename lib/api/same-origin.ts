import { apiError } from "../http";
import { trustedOriginsFor } from "./trusted-origins";

// Cross-site request forgery: a page on another origin can make a signed-in browser send a form or a
// `text/plain` fetch with the session cookie, but it cannot set the Origin header or a JSON
// content type without a CORS preflight, which we never grant. So a state-changing request must name
// a trusted origin and send JSON; webhooks and cron authenticate by signature instead.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function requestOrigin(req: Request): string | undefined {
  const origin = req.headers.get("origin");
  if (origin) return origin;
  const referer = req.headers.get("referer");
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return "null";
  }
}

/** Whether the request says it carries a body (HTTP/1.1: a length or a transfer coding). Next hands
 * every non-GET request a body stream, empty or not, so the stream itself tells nothing. */
function declaresBody(req: Request): boolean {
  return Number(req.headers.get("content-length") ?? "0") > 0 || req.headers.has("transfer-encoding");
}

const mediaType = (contentType: string) => contentType.split(";")[0]?.trim().toLowerCase() ?? "";

/** Refuses a request whose Origin (or, absent that, Referer) is not one the app trusts. */
export function assertTrustedOrigin(req: Request): void {
  const origin = requestOrigin(req);
  const trusted = trustedOriginsFor(req);
  if (!origin || !trusted.includes(origin)) {
    throw origin
      ? apiError("FORBIDDEN", "common.untrustedOrigin", { values: { origin, trusted: trusted.join(" or ") } })
      : apiError("FORBIDDEN", "common.noOrigin");
  }
}

/** `bodyTypes` widens JSON to the upload types a route takes (an image's image/png, a voice clip's
 * multipart/form-data). The Origin check above still refuses every cross-site request: a form posted
 * from another site names that site, so a CORS-safelisted type is safe only behind it. */
export function assertSameOrigin(req: Request, bodyTypes: readonly string[] = ["application/json"]): void {
  if (SAFE_METHODS.has(req.method)) return;
  assertTrustedOrigin(req);
  const type = req.headers.get("content-type");
  if (type ? !bodyTypes.includes(mediaType(type)) : declaresBody(req)) {
    throw apiError("UNSUPPORTED_MEDIA_TYPE", "common.bodyType", { values: { types: bodyTypes.join(" or ") } });
  }
}
