import "server-only";
import { getConfig } from "../config";
import type { BusEvent } from "./bus";

/** Also sends the event through Supabase Realtime's REST broadcast endpoint when Supabase is set
 * up, so Supabase clients can follow the same channels. */
export async function broadcastToSupabase(event: BusEvent): Promise<void> {
  const { env } = getConfig();
  if (!env.SUPABASE_URL || !env.SUPABASE_SERVICE_ROLE_KEY) return;
  const res = await fetch(new URL("/realtime/v1/api/broadcast", env.SUPABASE_URL), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      apikey: env.SUPABASE_SERVICE_ROLE_KEY,
      authorization: `Bearer ${env.SUPABASE_SERVICE_ROLE_KEY}`,
    },
    body: JSON.stringify({
      messages: [{ topic: event.channel, event: event.type, payload: { id: event.id, ...event.payload }, private: true }],
    }),
  });
  if (!res.ok) throw new Error(`Supabase broadcast answered ${res.status}`);
}
