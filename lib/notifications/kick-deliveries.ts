import "server-only";
import { getConfig } from "../config";
import type { Db } from "../db/types";
import { log } from "../log";
import { runDeliveries } from "./run-deliveries";

const state = globalThis as unknown as { __cadenceDeliveries?: { running: boolean; again: boolean } };

/** Drains the delivery queue soon, off the caller's path, so mail and push leave within a moment
 * instead of at the next minute's `deliveries` job (which remains the guarantee, also on Vercel).
 * Tests drain explicitly, so they see the queue as the action left it. */
export function kickDeliveries(db: Db): void {
  if (getConfig().env.NODE_ENV === "test") return;
  const flags = (state.__cadenceDeliveries ??= { running: false, again: false });
  if (flags.running) {
    flags.again = true;
    return;
  }
  flags.running = true;
  setImmediate(async () => {
    do {
      flags.again = false;
      await runDeliveries({ db }).catch((err: unknown) => log.error({ err }, "delivery run failed"));
    } while (flags.again);
    flags.running = false;
  });
}
