import { getConfig } from "../config";

// The origins a state-changing request may come from: APP_URL's (with its loopback twin when it is
// localhost). In development with APP_URL unset, a localhost request's own origin is trusted too, so
// `next dev -p 3001` works without configuration.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function appOrigins(appUrl: string): string[] {
  const origin = new URL(appUrl);
  if (origin.hostname !== "localhost") return [origin.origin];
  const loopback = new URL(appUrl);
  loopback.hostname = "127.0.0.1";
  return [origin.origin, loopback.origin];
}

/** The request's own origin, when it is a loopback address and development trusts it. */
function ownLoopbackOrigin(req: Request | undefined): string | undefined {
  if (!req || !getConfig().trustRequestOrigin) return undefined;
  const own = new URL(req.url);
  return LOOPBACK.has(own.hostname) ? own.origin : undefined;
}

export function trustedOriginsFor(req?: Request): string[] {
  const own = ownLoopbackOrigin(req);
  const fromConfig = appOrigins(getConfig().env.APP_URL);
  return own && !fromConfig.includes(own) ? [...fromConfig, own] : fromConfig;
}

/** One line for the boot log: which origin state-changing requests must come from. */
export function describeTrustedOrigin(): string {
  const { env, trustRequestOrigin } = getConfig();
  if (trustRequestOrigin) return "APP_URL is unset: trusting each localhost request's own origin (development)";
  return `trusting requests from ${appOrigins(env.APP_URL).join(" and ")} (APP_URL)`;
}
