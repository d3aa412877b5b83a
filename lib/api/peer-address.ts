import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { answerMalformedPath, isMalformedApiPath } from "./malformed-path";

// Next's server fills `x-forwarded-for` with the socket address only when the client sent none
// (`??=`), and route handlers never see the socket, so a client that sends its own header hides its
// address. Every request the Node server receives gets the socket address in this header instead,
// overwriting whatever the client put there; lib/api/client-ip.ts starts from it. The same entry
// hook answers API paths Next could not decode in the JSON error shape.

export const PEER_ADDRESS_HEADER = "x-cadence-peer-address";

const marker = Symbol.for("cadence.server-entry");

type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
type Patched = typeof Server.prototype & { [marker]?: true };

/** Installed once per process, from instrumentation.ts, before the first request is handled. */
export async function stampPeerAddresses(): Promise<void> {
  const { Server } = await import("node:http");
  const proto = Server.prototype as Patched;
  if (proto[marker]) return;
  proto[marker] = true;
  const emit = proto.emit as Emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const address = req.socket?.remoteAddress;
      if (address) req.headers[PEER_ADDRESS_HEADER] = address;
      else delete req.headers[PEER_ADDRESS_HEADER];
      if (isMalformedApiPath(req.url)) {
        answerMalformedPath(res);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
