import { BlockList, isIP } from "node:net";
import { getConfig } from "../config";
import { PEER_ADDRESS_HEADER } from "./peer-address";

// The client address the rate limits key on. Forwarding headers are written by whoever sent the
// request, so they are believed only as far as the hops that wrote them are trusted proxies
// (TRUSTED_PROXIES); otherwise the address is the socket's own. On Vercel the platform overwrites
// its client-IP header at the edge, so that header is the client.

function normalize(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, IPv4 or IPv6. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const ip = normalize(address);
    const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (!isIP(ip)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    if (prefix === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(prefix), family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const ip = normalize(address);
  const family = isIP(ip);
  return family !== 0 && list.check(ip, family === 6 ? "ipv6" : "ipv4");
}

/** Walks the forwarding chain from the socket towards the client, stopping at the first hop that is
 * not a trusted proxy: everything left of it could have been written by the client. */
export function resolveClientIp({
  peer,
  forwardedFor,
  trusted,
}: {
  peer: string | null;
  forwardedFor: string | null;
  trusted: BlockList;
}): string {
  let client = peer ? normalize(peer) : "";
  if (!client) return "local";
  const hops = (forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  while (isTrusted(trusted, client) && hops.length) client = hops.pop()!;
  return isIP(client) ? client : "unknown";
}

let cached: { source: string | undefined; list: BlockList } | undefined;

function trustedProxies(): BlockList {
  const source = getConfig().env.TRUSTED_PROXIES;
  if (!cached || cached.source !== source) cached = { source, list: parseTrustedProxies(source) };
  return cached.list;
}

export function clientIp(headers: Headers): string {
  const { env } = getConfig();
  if (env.VERCEL) {
    const vercel = headers.get("x-vercel-forwarded-for") ?? headers.get("x-real-ip");
    if (vercel) return normalize(vercel.split(",")[0]!);
  }
  return resolveClientIp({
    peer: headers.get(PEER_ADDRESS_HEADER),
    forwardedFor: headers.get("x-forwarded-for"),
    trusted: trustedProxies(),
  });
}
