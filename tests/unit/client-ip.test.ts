import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientIp } from "@/lib/api/client-ip";
import { PEER_ADDRESS_HEADER } from "@/lib/api/peer-address";
import { clientIp } from "@/lib/rate-limit";
import { stubConfig } from "../setup/env";

const none = parseTrustedProxies(undefined);

describe("resolveClientIp", () => {
  it("ignores x-forwarded-for when the socket is not a trusted proxy (a rotated header changes nothing)", () => {
    for (const forged of ["203.0.113.7", "198.51.100.1, 203.0.113.9", "garbage"]) {
      expect(resolveClientIp({ peer: "192.0.2.10", forwardedFor: forged, trusted: none })).toBe("192.0.2.10");
    }
  });

  it("walks the chain right to left past trusted proxies, stopping at the first untrusted hop", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 172.16.0.1");
    const args = { peer: "10.1.2.3", trusted };
    expect(resolveClientIp({ ...args, forwardedFor: "203.0.113.7" })).toBe("203.0.113.7");
    // The client wrote the left entry itself; the proxy appended what it saw.
    expect(resolveClientIp({ ...args, forwardedFor: "1.1.1.1, 203.0.113.7, 172.16.0.1" })).toBe("203.0.113.7");
    expect(resolveClientIp({ ...args, forwardedFor: null })).toBe("10.1.2.3");
  });

  it("reads IPv4-mapped IPv6 socket addresses and IPv6 ranges", () => {
    expect(resolveClientIp({ peer: "::ffff:192.0.2.4", forwardedFor: null, trusted: none })).toBe("192.0.2.4");
    const trusted = parseTrustedProxies("::1, fd00::/8");
    expect(resolveClientIp({ peer: "::1", forwardedFor: "2001:db8::5, fd00::2", trusted })).toBe("2001:db8::5");
  });

  it("answers 'local' without a socket address and 'unknown' for a forwarded value that is no address", () => {
    expect(resolveClientIp({ peer: null, forwardedFor: "203.0.113.7", trusted: none })).toBe("local");
    expect(resolveClientIp({ peer: "127.0.0.1", forwardedFor: "not-an-ip", trusted: parseTrustedProxies("127.0.0.1") })).toBe("unknown");
  });

  it("refuses a TRUSTED_PROXIES entry that is no address", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/proxy\.internal/);
  });
});

describe("clientIp", () => {
  it("starts from the stamped socket address and honours TRUSTED_PROXIES", () => {
    stubConfig({ TRUSTED_PROXIES: undefined, VERCEL: undefined });
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.7" });
    expect(clientIp(headers)).toBe("127.0.0.1");
    stubConfig({ TRUSTED_PROXIES: "127.0.0.1" });
    expect(clientIp(headers)).toBe("203.0.113.7");
  });

  it("on Vercel takes the platform's client-IP header", () => {
    stubConfig({ VERCEL: "1", TRUSTED_PROXIES: undefined });
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "10.0.0.1", "x-vercel-forwarded-for": "198.51.100.2" });
    expect(clientIp(headers)).toBe("198.51.100.2");
  });
});
