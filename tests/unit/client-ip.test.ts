import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/rate-limit";

describe("clientIp", () => {
  it("takes the first x-forwarded-for address (the client, as the proxy saw it)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" }))).toBe("203.0.113.7");
  });

  it("falls back to x-real-ip, then to 'local'", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "" , "x-real-ip": "198.51.100.3" }))).toBe("198.51.100.3");
    expect(clientIp(new Headers())).toBe("local");
  });
});
