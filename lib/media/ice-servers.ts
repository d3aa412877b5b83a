import { z } from "zod";

// ICE_SERVERS is a JSON list of RTCIceServer, e.g.
// [{"urls":"stun:stun.example:3478"},{"urls":["turn:turn.example:3478"],"username":"u","credential":"p"}].
// No "server-only" import: lib/config.ts parses it, and next.config.ts loads that.

const iceUrl = z
  .string()
  .trim()
  .regex(/^(stun|stuns|turn|turns):[^\s]+$/, "each url is stun:, stuns:, turn: or turns:");

export const iceServerSchema = z
  .object({
    urls: z.union([iceUrl, z.array(iceUrl).min(1)]),
    username: z.string().min(1).optional(),
    credential: z.string().min(1).optional(),
  })
  .strict()
  .refine(
    (s) => !(Array.isArray(s.urls) ? s.urls : [s.urls]).some((u) => u.startsWith("turn")) || Boolean(s.username && s.credential),
    "a TURN server needs a username and credential",
  );

export type IceServer = z.infer<typeof iceServerSchema>;

const urlsOf = (server: IceServer) => (Array.isArray(server.urls) ? server.urls : [server.urls]);

/** Whether any server relays (TURN), which relay-only calls cannot do without. */
export function hasTurnServer(servers: IceServer[]): boolean {
  return servers.some((s) => urlsOf(s).some((u) => u.startsWith("turn")));
}

const iceServersSchema = z.array(iceServerSchema);

/** The configured list, or the zod issue that names what is wrong with it (never echoing it). */
export function parseIceServers(raw: string): { servers: IceServer[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: "must be a JSON array of RTCIceServer objects" };
  }
  const parsed = iceServersSchema.safeParse(json);
  if (parsed.success) return { servers: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: `must be a JSON array of RTCIceServer objects (${issue?.path.join(".") || "list"}: ${issue?.message ?? "invalid"})` };
}
