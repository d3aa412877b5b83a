import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMalformedApiPath } from "@/lib/api/malformed-path";
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from "@/lib/api/peer-address";

// The hook on Node's HTTP server that instrumentation.ts installs, on a real loopback server.
let server: Server;
let base = "";

beforeAll(async () => {
  await stampPeerAddresses();
  server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ peer: req.headers[PEER_ADDRESS_HEADER] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("server entry hook", () => {
  it("stamps the socket address, overwriting one the client sent", async () => {
    const res = await fetch(`${base}/api/me`, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" } });
    expect(await res.json()).toEqual({ peer: "127.0.0.1" });
  });

  it("answers an API path with a malformed percent escape in the JSON error shape", async () => {
    const res = await fetch(`${base}/api/calls/%E0%A4%A/transcript`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("tells malformed escapes from good ones, and leaves pages and queries alone", () => {
    expect(isMalformedApiPath("/api/calls/%zz")).toBe(true);
    expect(isMalformedApiPath("/api/calls/%E0%A4%A8")).toBe(false);
    expect(isMalformedApiPath("/api/calls/abc?q=%zz")).toBe(false);
    expect(isMalformedApiPath("/coach/%zz")).toBe(false);
  });
});
