import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "@/lib/config";

const turn = JSON.stringify([{ urls: ["turn:turn.example:3478?transport=udp"], username: "u", credential: "p" }]);

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => i.variable);
    throw error;
  }
  return [];
}

describe("ICE configuration", () => {
  it("parses ICE_SERVERS into RTCIceServer objects and keeps the relay policy", () => {
    const { env, providers } = loadConfig({ ICE_SERVERS: turn, ICE_TRANSPORT_POLICY: "relay" });
    expect(env.ICE_SERVERS).toEqual([{ urls: ["turn:turn.example:3478?transport=udp"], username: "u", credential: "p" }]);
    expect(env.ICE_TRANSPORT_POLICY).toBe("relay");
    expect(providers.media).toBe("webrtc+ice");
    const plain = loadConfig({}).env;
    expect([plain.ICE_SERVERS, plain.ICE_TRANSPORT_POLICY]).toEqual([undefined, "all"]);
  });

  it("refuses a TURN server without credentials, a URL that is not STUN or TURN, and relay-only without TURN", () => {
    expect(issuesOf({ ICE_SERVERS: '[{"urls":"turn:turn.example"}]' })).toEqual(["ICE_SERVERS"]);
    expect(issuesOf({ ICE_SERVERS: '[{"urls":"https://turn.example"}]' })).toEqual(["ICE_SERVERS"]);
    expect(issuesOf({ ICE_SERVERS: '[{"urls":"stun:stun.example:3478"}]', ICE_TRANSPORT_POLICY: "relay" })).toEqual(["ICE_TRANSPORT_POLICY"]);
    expect(issuesOf({ ICE_TRANSPORT_POLICY: "sometimes" })).toEqual(["ICE_TRANSPORT_POLICY"]);
  });
});
