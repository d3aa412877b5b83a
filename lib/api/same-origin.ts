import { AppError } from "../http";
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

function isJson(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

function isMultipart(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "multipart/form-data";
}

/** `multipart`: the route takes a file upload (still same-origin only: a cross-site form names its own Origin). */
export function assertSameOrigin(req: Request, { multipart = false }: { multipart?: boolean } = {}): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = requestOrigin(req);
  const trusted = trustedOriginsFor(req);
  if (!origin || !trusted.includes(origin)) {
    throw new AppError(
      "FORBIDDEN",
      origin
        ? `This request came from ${origin}, but the app trusts ${trusted.join(" or ")} (APP_URL). Set APP_URL to the address people use to open the app.`
        : "This request names no Origin. Send it from the app's own pages.",
    );
  }
  const type = req.headers.get("content-type");
  if (multipart && isMultipart(type)) return;
  if (type ? !isJson(type) : declaresBody(req)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", multipart ? "Send the body as multipart/form-data." : "Send the body as application/json.");
  }
}
